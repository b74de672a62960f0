import Dispatch
import Synchronization

/// fontconfig reads its configuration and font cache once per process, which takes longer than laying
/// out a short flyer, and a run that draws the PDF starts it on the side as early as it can: before
/// the source is decoded, while one core would otherwise wait for the other.
enum FlyerFonts {
    private static let loading: DispatchGroup = {
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { PDFCanvas.loadFonts() }
        return group
    }()

    /// Starts loading the fonts, once per process; later calls do nothing.
    static func startLoading() {
        _ = loading
    }

    /// Waits for the fonts, starting to load them first if no one has.
    static func waitUntilLoaded() {
        loading.wait()
    }
}

/// The flyer for volunteers to print: the tagline on top, then the headings and text the staff chose
/// for the flyer, links as their words only. `flyer.txt` is wrapped to the flyer's width and must fit
/// the page budget (60 lines of 72 characters unless the `flyer` block says otherwise); `flyer.pdf`
/// is one printed sheet (`FlyerPDF`). When either does not fit, the build says where it overflows.
final class FlyerEdition: EditionStream, @unchecked Sendable {
    /// More blocks than any printed page holds, even at the smallest size on the largest paper: the
    /// PDF is laid out from the first blocks only, up to this many or `PangoMarkup.characterLimit`
    /// characters, so that a flyer a thousand pages too long is not kept in memory to find that out.
    static let printableBlockLimit = 400

    /// One page of the flyer: its blocks of words, and its text laid out on its own, side by side with
    /// other pages. How it joins the text before it (a blank line or not) is settled when it is appended.
    struct Page: Sendable {
        var blocks: [FlyerModel.Block]
        var text: [UInt8]
        /// The lines of `text` after each block (0 while no block has written any).
        var lineCounts: [Int]
        var lineCount: Int
    }

    private let campaign: Campaign
    private let options: RenderOptions
    // The rest is changed only by `append` and `finish`, which run on one thread at a time.
    /// Lines of `flyer.txt` written so far, blank lines between texts included.
    private var lines = 0
    /// Line ends owed before the next text: 2 leaves a blank line.
    private var owedNewlines = 0
    private var followsHeading = false
    private var overflow: SourceLocation?
    /// The location of the last block, where a footer that does not fit is reported.
    private var lastBlock: SourceLocation?
    /// The first blocks, which the PDF is laid out from, and how many characters they hold.
    private var printable: [FlyerModel.Block] = []
    private var printableCharacters = 0
    /// The first block left out of `printable`, if any.
    private var firstUnprintable: SourceLocation?
    /// The PDF, drawn on another thread as soon as the blocks it is laid out from are known: for a long
    /// flyer that is well before the last page, for a short one at the end.
    private let drawing = DispatchGroup()
    private var drawingStarted = false
    private let drawn = Mutex<Result<FlyerPDF.Output, FlyerPDF.Failure>?>(nil)

    init(_ campaign: Campaign, options: RenderOptions) {
        self.campaign = campaign
        self.options = options
    }

    func prepare(_ page: ParsedPage) -> Page {
        var blocks = FlyerModelBuilder.blocks(of: page)
        if page.index == 0 {
            let metadata = campaign.metadata
            blocks.insert(FlyerModelBuilder.block(.tagline, metadata.tagline, at: metadata.location), at: 0)
        }
        return layOut(blocks)
    }

    /// Lays out `blocks` as a stretch of the text flyer of their own.
    private func layOut(_ blocks: [FlyerModel.Block]) -> Page {
        var layout = TextLayout(width: campaign.flyer.columns)
        // The words, and a line end and some indentation for every block, in about this much room.
        layout.reserveCapacity(
            blocks.reduce(0) { total, block in total + block.runs.reduce(16) { $0 + $1.text.utf8.count } })
        var lineCounts: [Int] = []
        var followsHeading = false
        for block in blocks {
            // Paper is scarce: text starts right under its heading's underline.
            if block.spaceBefore && !followsHeading { layout.blankLine() } else { layout.cr() }
            Self.write(block, into: &layout)
            followsHeading = block.isHeading
            lineCounts.append(layout.lineCount)
        }
        return Page(
            blocks: blocks, text: layout.finishedText(flowed: false), lineCounts: lineCounts,
            lineCount: layout.lineCount)
    }

    func append(_ page: Page, of parsed: ParsedPage, to sink: OutputSink) {
        // What the page's blocks owe before its first text (a blank line, or only a line end) is
        // settled here, where the text before it is known; after that, the page's own layout has it.
        var previousIsHeading = followsHeading
        for (block, count) in zip(page.blocks, page.lineCounts) {
            owedNewlines = max(owedNewlines, block.spaceBefore && !previousIsHeading ? 2 : 1)
            previousIsHeading = block.isHeading
            if count > 0 { break }
        }
        let base = page.lineCount > 0 && lines > 0 ? lines + owedNewlines - 1 : lines
        if page.lineCount > 0 {
            if lines > 0 { sink.append(repeatElement(0x0A, count: owedNewlines - 1), to: EditionOutputs.flyerText) }
            sink.append(page.text, to: EditionOutputs.flyerText)
            owedNewlines = 0
        }
        for (block, count) in zip(page.blocks, page.lineCounts) {
            if overflow == nil && (count == 0 ? lines : base + count) > campaign.flyer.lines {
                overflow = block.location
            }
            keepForPDF(block)
        }
        if page.lineCount > 0 { lines = base + page.lineCount }
        if let last = page.blocks.last {
            followsHeading = last.isHeading
            lastBlock = last.location
        }
    }

    func finish(to sink: OutputSink, diagnostics: inout Diagnostics) {
        let budget = campaign.flyer.lines
        let footer = campaign.metadata.footerLines
        if !footer.isEmpty {
            var layout = TextLayout(width: campaign.flyer.columns)
            for line in footer {
                layout.out(line, wrap: true)
                layout.cr()
            }
            if layout.lineCount > 0 {
                if lines > 0 { sink.append(CollectionOfOne(0x0A), to: EditionOutputs.flyerText) }
                sink.append(layout.finishedText(flowed: false), to: EditionOutputs.flyerText)
                lines += (lines > 0 ? 1 : 0) + layout.lineCount
            }
            if overflow == nil && lines > budget { overflow = lastBlock }
        }
        if let overflow {
            diagnostics.emit(
                FlyerFit.overflow(
                    "the flyer no longer fits one page (\(lines) of \(budget) lines); it overflows from here",
                    at: overflow, settings: campaign.flyer))
        }
        guard options.drawsFlyerPDF else { return }
        startDrawing()
        drawing.wait()
        guard let result = drawn.withLock({ $0 }) else { return }
        switch result {
        case .success(let output):
            if let place = output.overflow ?? firstUnprintable {
                diagnostics.emit(
                    FlyerFit.overflow(
                        "the printed flyer no longer fits one page, even in \(FlyerTypography.smallestBodySize.formatted) pt type; it overflows from here",
                        at: place, settings: campaign.flyer))
            }
            sink.write(output.pdf, to: EditionOutputs.flyerPDF)
            if overflow == nil && output.overflow == nil && firstUnprintable == nil {
                // How much room is left tells the staff how much they may still add.
                diagnostics.note(
                    "the flyer fits one page: \(lines) of \(budget) lines of text, and the PDF is set in \(output.bodySize.formatted) pt type",
                    at: campaign.flyer.location)
            }
        case .failure(.missingFont(let family, let loaded)):
            diagnostics.error(
                "the flyer's font \(family) is not installed (the system offered \(loaded) instead)",
                at: campaign.flyer.location,
                notes: [Diagnostic.Note("install it: sudo apt-get install \(FlyerTypography.fontPackage)")])
        case .failure(.cairo):
            diagnostics.error("Cairo could not write the flyer's PDF", at: campaign.flyer.location)
        case .failure(.librariesMissing(let reason)):
            diagnostics.error(
                "the flyer's PDF cannot be drawn: Pango and Cairo could not be loaded (\(reason))",
                at: campaign.flyer.location,
                notes: [Diagnostic.Note("install them: sudo apt-get install libpangocairo-1.0-0")])
        }
    }

    /// Keeps a block for the PDF while a page could still hold it.
    private func keepForPDF(_ block: FlyerModel.Block) {
        if firstUnprintable == nil && printable.count < Self.printableBlockLimit
            && printableCharacters <= PangoMarkup.characterLimit
        {
            printable.append(block)
            printableCharacters += block.runs.reduce(0) { $0 + $1.text.utf8.count }
        } else if firstUnprintable == nil {
            firstUnprintable = block.location
            startDrawing()
        }
    }

    /// Draws the PDF from the blocks kept for it, on another thread.
    private func startDrawing() {
        guard options.drawsFlyerPDF, !drawingStarted else { return }
        drawingStarted = true
        let model = FlyerModel(blocks: printable, footer: campaign.metadata.footerLines, settings: campaign.flyer)
        let metadata = campaign.metadata
        let creationDate = options.sourceDateEpoch
        DispatchQueue.global().async(group: drawing) { [self] in
            FlyerFonts.waitUntilLoaded()
            let result = FlyerPDF.render(
                model, title: "\(metadata.candidateForOffice): \(metadata.tagline)", author: metadata.candidate,
                creationDate: creationDate)
            self.drawn.withLock { $0 = result }
        }
    }

    private static func write(_ block: FlyerModel.Block, into layout: inout TextLayout) {
        for _ in 0..<block.quoteDepth { layout.pushPrefix("> ") }
        layout.pushPrefix(String(repeating: " ", count: block.indent))
        if let marker = block.marker {
            layout.out(marker, wrap: false)
            layout.pushPrefix(String(repeating: " ", count: marker.count))
        }
        switch block.role {
        case .tagline, .pageTitle, .heading:
            let mark = layout.mark
            layout.out(block.text, wrap: true)
            layout.underline(since: mark, with: block.role == .tagline || block.role == .pageTitle ? "=" : "-")
        case .code:
            layout.out(block.text, wrap: false)
        case .paragraph, .rule:
            layout.out(block.text, wrap: true)
        }
        if block.marker != nil { layout.popPrefix() }
        layout.popPrefix()
        for _ in 0..<block.quoteDepth { layout.popPrefix() }
    }
}
