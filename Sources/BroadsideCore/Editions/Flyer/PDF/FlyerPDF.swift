/// The flyer as a print-ready one-page PDF, drawn from the same model as the text flyer, so the words
/// are the same. The body size steps down from 12 pt to a floor of 9 pt until everything fits the page;
/// past the floor the page holds what fits, and the build says where the rest begins (a flyer is one
/// sheet: a second page would not be printed, and laying out pages nobody prints costs time).
public enum FlyerPDF {
    public struct Output: Sendable {
        public var pdf: [UInt8]
        /// The body size the flyer was set in, in points.
        public var bodySize: Double
        /// The first block that did not fit on the page at the smallest size, if any.
        public var overflow: SourceLocation?
        /// The page as a PNG, when asked for (the preview shows it).
        public var picture: [UInt8]?
    }

    public enum Failure: Error, Sendable {
        /// A font is missing: fontconfig put `loaded` in place of `family`.
        case missingFont(family: String, loaded: String)
        case cairo
    }

    /// Lays out and draws `model`. `creationDate` (seconds since 1970) pins the PDF's date; without it
    /// the date is the start of 1970, so that the same source gives the same bytes on any day.
    public static func render(
        _ model: FlyerModel, title: String, author: String, creationDate: Int?, drawsPicture: Bool = false
    ) -> Result<Output, Failure> {
        let paper = FlyerTypography.pageSize(model.settings.paper)
        let canvas = PDFCanvas(
            width: paper.width, height: paper.height, title: title, author: author,
            creationDate: CivilTime(secondsSince1970: creationDate ?? 0).iso8601)
        for family in [FlyerTypography.bodyFamily, FlyerTypography.headingFamily, FlyerTypography.codeFamily] {
            let loaded = canvas.loadedFamily(family) ?? "no font at all"
            if loaded.lowercased() != family.lowercased() {
                return .failure(.missingFont(family: family, loaded: loaded))
            }
        }
        let margin = FlyerTypography.margin(model.settings.paper)
        let frame = Frame(left: margin, top: margin, width: paper.width - 2 * margin, bottom: paper.height - margin)

        let (size, placed) = fittingSize(model, canvas: canvas, frame: frame)
        func drawPage() {
            for item in placed.items {
                if let marker = item.marker { canvas.draw(marker, x: item.x - marker.width - 3, y: item.y) }
                for depth in 0..<item.quoteDepth {
                    canvas.bar(
                        x: frame.left + Double(depth) * size * 1.2, y: item.y, height: item.box.height, gray: 0.55)
                }
                canvas.draw(item.box, x: item.x, y: item.y)
            }
            if let footer = placed.footer { canvas.draw(footer, x: frame.left, y: frame.bottom - footer.height) }
        }
        drawPage()
        let picture = drawsPicture ? canvas.picture(scale: 1.5, drawPage) : nil
        guard let pdf = canvas.finish() else { return .failure(.cairo) }
        let overflow = placed.overflowIndex.map { model.blocks[$0].location }
        return .success(Output(pdf: pdf, bodySize: size, overflow: overflow, picture: picture))
    }

    struct Frame {
        var left: Double
        var top: Double
        var width: Double
        var bottom: Double
    }

    struct PlacedBlock {
        var box: TextBox
        var marker: TextBox?
        var x: Double
        var y: Double
        var quoteDepth: Int
    }

    struct Placement {
        var items: [PlacedBlock] = []
        var footer: TextBox?
        /// The first block that does not fit on the page.
        var overflowIndex: Int?
    }

    /// The largest body size, in steps down to the floor, at which the flyer fits its page (the floor when
    /// none does), with the blocks laid out at that size. Heights only grow with the size, so this is a
    /// binary search, and each trial stops at the first block that does not fit: a flyer ten pages too
    /// long costs no more than one that fits. The layout of the size chosen is one of the trials'.
    private static func fittingSize(_ model: FlyerModel, canvas: PDFCanvas, frame: Frame) -> (Double, Placement) {
        let steps = Int((FlyerTypography.largestBodySize - FlyerTypography.smallestBodySize) / FlyerTypography.step)
        func size(_ step: Int) -> Double { FlyerTypography.smallestBodySize + Double(step) * FlyerTypography.step }
        func place(_ step: Int) -> Placement {
            FlyerPDF.place(model, typography: FlyerTypography(bodySize: size(step)), canvas: canvas, frame: frame)
        }
        var best = place(0)
        guard best.overflowIndex == nil else { return (size(0), best) }
        var low = 0
        var high = steps
        while low < high {
            let middle = (low + high + 1) / 2
            let trial = place(middle)
            if trial.overflowIndex == nil {
                low = middle
                best = trial
            } else {
                high = middle - 1
            }
        }
        return (size(low), best)
    }

    /// Lays out the blocks at one body size, top to bottom, until one does not fit the page.
    private static func place(_ model: FlyerModel, typography: FlyerTypography, canvas: PDFCanvas, frame: Frame)
        -> Placement
    {
        var placement = Placement()
        var bottom = frame.bottom
        if !model.footer.isEmpty {
            let markup = model.footer.map(PangoMarkup.escape).joined(separator: "\n")
            let footer = canvas.layout(
                markup: markup, font: "\(FlyerTypography.headingFamily) \(typography.footerSize)", width: frame.width)
            placement.footer = footer
            bottom -= footer.height + typography.bodySize
        }
        var y = frame.top
        var previous: FlyerModel.Block?
        for (index, block) in model.blocks.enumerated() {
            let indent = typography.indent(block)
            // No page holds more than a few thousand characters: a longer block cannot fit, and laying
            // out megabytes of it would only take time.
            let (markup, cut) = PangoMarkup.markup(block.runs, limit: PangoMarkup.characterLimit)
            let box = canvas.layout(
                markup: markup, font: font(for: block, typography), width: frame.width - indent,
                lineSpacing: block.isHeading ? 1.0 : 1.2)
            let top = y + typography.spaceBefore(block, after: previous)
            if cut || top + box.height > bottom {
                placement.overflowIndex = index
                return placement
            }
            let marker = block.marker.map {
                canvas.layout(
                    markup: PangoMarkup.escape($0.trimmingSpaces), font: font(for: block, typography), width: indent)
            }
            placement.items.append(
                PlacedBlock(box: box, marker: marker, x: frame.left + indent, y: top, quoteDepth: block.quoteDepth))
            y = top + box.height
            previous = block
        }
        return placement
    }

    private static func font(for block: FlyerModel.Block, _ typography: FlyerTypography) -> String {
        switch block.role {
        case .tagline: "\(FlyerTypography.headingFamily) Bold \(typography.taglineSize)"
        case .pageTitle: "\(FlyerTypography.headingFamily) Bold \(typography.pageTitleSize)"
        case .heading(let level): "\(FlyerTypography.headingFamily) Bold \(typography.headingSize(level: level))"
        case .code: "\(FlyerTypography.codeFamily) \(typography.bodySize * 0.9)"
        case .paragraph, .rule: "\(FlyerTypography.bodyFamily) \(typography.bodySize)"
        }
    }
}

/// Pango markup for the flyer's runs: text escaped, bold, italic and code marked, and no hyphens added
/// where a line breaks, so the printed words are exactly the text flyer's.
enum PangoMarkup {
    /// More characters than any page can hold, even at the smallest size on the largest paper.
    static let characterLimit = 20_000

    /// The markup of `runs`, and whether they had to be cut at `limit` characters.
    static func markup(_ runs: [FlyerModel.Run], limit: Int) -> (markup: String, cut: Bool) {
        var markup = "<span insert_hyphens=\"false\">"
        var remaining = limit
        for run in runs {
            guard remaining > 0 else { return (markup + "</span>", true) }
            let kept = String(run.text.prefix(remaining))
            remaining -= kept.count
            var text = escape(kept)
            if run.code { text = "<span font_family=\"\(FlyerTypography.codeFamily)\">\(text)</span>" }
            if run.emphasis { text = "<i>\(text)</i>" }
            if run.strong { text = "<b>\(text)</b>" }
            markup += text
            if kept.count < run.text.count { return (markup + "</span>", true) }
        }
        return (markup + "</span>", false)
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
