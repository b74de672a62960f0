/// The flyer as a print-ready PDF, drawn from the same model as the text flyer, so the words are the
/// same. It opens with a masthead (the candidate's name in the largest type, the office, election day),
/// ends with a call to action (the site's address and a QR code to it, the contact line) and the
/// disclaimer in a box. The body size steps down from `largestBodySize` to a floor of
/// `smallestBodySize` until everything fits one side; past the floor it takes a second side (front and
/// back); and what two sides cannot hold is an error, never text silently left off.
public enum FlyerPDF {
    public struct Output: Sendable {
        public var pdf: [UInt8]
        /// The body size the flyer was set in, in points.
        public var bodySize: Double
        /// How many sides it takes: 1, or 2 (front and back).
        public var sides: Int
        /// A picture of each side, as PNG, when asked for (the preview shows them).
        public var pictures: [[UInt8]]
        /// The blocks with characters no installed font can draw (printed as empty boxes).
        public var undrawable: [SourceLocation]
    }

    public enum Failure: Error, Sendable {
        /// A font is missing: fontconfig put `loaded` in place of `family`.
        case missingFont(family: String, loaded: String)
        case cairo
        /// Even at the smallest size, `sides` sides cannot hold the flyer: it stops fitting at `location`.
        case doesNotFit(location: SourceLocation, sides: Int)
    }

    /// Two half-letter flyers side by side on a landscape US Letter sheet, with crop marks on the line
    /// between them: print (both sides, when the flyer has two), cut in half, and hand out two. Nil, with
    /// the reason, when half-letter sides cannot hold the flyer.
    public static func twoUp(_ model: FlyerModel, title: String, author: String, language: String, creationDate: Int?)
        -> Result<[UInt8], Failure>
    {
        var half = model
        half.settings.paper = .halfLetter
        let paper = FlyerTypography.pageSize(.halfLetter)
        let canvas = PDFCanvas(
            width: paper.width * 2, height: paper.height, title: title, author: author,
            creationDate: CivilTime(secondsSince1970: creationDate ?? 0).iso8601)
        let margin = FlyerTypography.margin(.halfLetter)
        let drawing: FlyerDrawing
        switch laidOut(half, on: canvas) {
        case .success(let laid): drawing = laid
        case .failure(let failure): return .failure(failure)
        }
        let layout = drawing.layout
        canvas.tagged("Document") {
            for side in layout.sides.indices {
                if side > 0 { canvas.newPage() }
                for copy in 0..<2 { canvas.shifted(x: Double(copy) * paper.width) { drawing.drawSide(side) } }
                // Crop marks where the sheet is cut, in the margins at the top and the foot.
                let cut = paper.width
                canvas.line(from: (cut, 0), to: (cut, margin * 0.6), lineWidth: 0.5)
                canvas.line(from: (cut, paper.height - margin * 0.6), to: (cut, paper.height), lineWidth: 0.5)
            }
        }
        guard let pdf = canvas.finish() else { return .failure(.cairo) }
        return .success(PDFLanguage.record(language, in: pdf))
    }

    /// Lays out and draws `model`. `creationDate` (seconds since 1970) pins the PDF's date; without it
    /// the date is the start of 1970, so that the same source gives the same bytes on any day.
    public static func render(
        _ model: FlyerModel, title: String, author: String, language: String, creationDate: Int?,
        drawsPictures: Bool = false
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
        let drawing: FlyerDrawing
        switch laidOut(model, on: canvas) {
        case .success(let laid): drawing = laid
        case .failure(let failure): return .failure(failure)
        }
        let layout = drawing.layout
        drawing.drawDocument()
        let pictures =
            drawsPictures
            ? layout.sides.indices.compactMap { side in canvas.picture(scale: 1.5) { drawing.drawSide(side) } } : []
        guard let pdf = canvas.finish() else { return .failure(.cairo) }
        var undrawable = layout.sides.joined().filter { ($0.box?.unknownGlyphs ?? 0) > 0 }.map(\.block.location)
        let panel = layout.panel
        let fixed =
            [layout.masthead.name, layout.masthead.office, layout.masthead.election, panel.address, panel.contact]
            + [panel.disclaimer]
        if fixed.contains(where: { ($0?.unknownGlyphs ?? 0) > 0 }) { undrawable.insert(model.settings.location, at: 0) }
        return .success(
            Output(
                pdf: PDFLanguage.record(language, in: pdf), bodySize: layout.bodySize, sides: layout.sides.count,
                pictures: pictures,
                undrawable: undrawable))
    }

    /// `model` laid out on one page of its paper, within the paper's margins, ready to draw on `canvas`.
    private static func laidOut(_ model: FlyerModel, on canvas: PDFCanvas) -> Result<FlyerDrawing, Failure> {
        let paper = FlyerTypography.pageSize(model.settings.paper)
        let margin = FlyerTypography.margin(model.settings.paper)
        let frame = FlyerLayout.Frame(
            left: margin, top: margin, width: paper.width - 2 * margin, bottom: paper.height - margin)
        return FlyerLayout.fitting(model, canvas: canvas, frame: frame).map {
            FlyerDrawing(layout: $0, model: model, canvas: canvas, frame: frame)
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
            var text = PangoText.escape(kept)
            if run.code { text = "<span font_family=\"\(FlyerTypography.codeFamily)\">\(text)</span>" }
            if run.emphasis { text = "<i>\(text)</i>" }
            if run.strong { text = "<b>\(text)</b>" }
            markup += text
            if kept.count < run.text.count { return (markup + "</span>", true) }
        }
        return (markup + "</span>", false)
    }
}
