/// The flyer for volunteers to print: the tagline on top, then the headings and text the staff chose
/// for the flyer, links as their words only. `flyer.txt` is wrapped to the flyer's width and must fit
/// the page budget (60 lines of 72 characters unless the `flyer` block says otherwise); `flyer.pdf`
/// is one printed sheet (`FlyerPDF`). When either does not fit, the build says where it overflows.
final class FlyerEdition: EditionStream, @unchecked Sendable {
    /// More blocks than any printed page holds, even at the smallest size on the largest paper: the
    /// PDF is laid out from the first blocks only, up to this many or `PangoMarkup.characterLimit`
    /// characters, so that a flyer a thousand pages too long is not kept in memory to find that out.
    static let printableBlockLimit = 400

    private let campaign: Campaign
    private let options: RenderOptions
    // The rest is changed only by `append` and `finish`, which run on one thread at a time.
    private var layout: TextLayout
    private var followsHeading = false
    private var overflow: SourceLocation?
    /// The first blocks, which the PDF is laid out from, and how many characters they hold.
    private var printable: [FlyerModel.Block] = []
    private var printableCharacters = 0
    /// The first block left out of `printable`, if any.
    private var firstUnprintable: SourceLocation?

    init(_ campaign: Campaign, options: RenderOptions) {
        self.campaign = campaign
        self.options = options
        layout = TextLayout(width: campaign.flyer.columns)
        let metadata = campaign.metadata
        add(FlyerModelBuilder.block(.tagline, metadata.tagline, at: metadata.location))
    }

    /// The page's blocks of words: made from its trees alone, side by side with other pages.
    func prepare(_ page: ParsedPage) -> [FlyerModel.Block] {
        FlyerModelBuilder.blocks(of: page)
    }

    func append(_ blocks: [FlyerModel.Block], of page: ParsedPage, to sink: OutputSink) {
        for block in blocks { add(block) }
        sink.append(layout.takeFinishedLines().fixed, to: EditionOutputs.flyerText)
    }

    func finish(to sink: OutputSink, diagnostics: inout Diagnostics) {
        let budget = campaign.flyer.lines
        let footer = campaign.metadata.footerLines
        if !footer.isEmpty {
            layout.blankLine()
            for line in footer {
                layout.out(line, wrap: true)
                layout.cr()
            }
            if overflow == nil && layout.lineCount > budget { overflow = lastBlock }
        }
        sink.append(layout.finishedText(flowed: false), to: EditionOutputs.flyerText)
        if let overflow {
            diagnostics.emit(
                FlyerFit.overflow(
                    "the flyer no longer fits one page (\(layout.lineCount) of \(budget) lines); it overflows from here",
                    at: overflow, settings: campaign.flyer))
        }
        guard options.drawsFlyerPDF else { return }
        let model = FlyerModel(blocks: printable, footer: footer, settings: campaign.flyer)
        let metadata = campaign.metadata
        switch FlyerPDF.render(
            model, title: "\(metadata.candidateForOffice): \(metadata.tagline)", author: metadata.candidate,
            creationDate: options.sourceDateEpoch)
        {
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
                    "the flyer fits one page: \(layout.lineCount) of \(budget) lines of text, and the PDF is set in \(output.bodySize.formatted) pt type",
                    at: campaign.flyer.location)
            }
        case .failure(.missingFont(let family, let loaded)):
            diagnostics.error(
                "the flyer's font \(family) is not installed (the system offered \(loaded) instead)",
                at: campaign.flyer.location,
                notes: [Diagnostic.Note("install it: sudo apt-get install \(FlyerTypography.fontPackage)")])
        case .failure(.cairo):
            diagnostics.error("Cairo could not write the flyer's PDF", at: campaign.flyer.location)
        }
    }

    /// The location of the last block laid out, where a footer that does not fit is reported.
    private var lastBlock: SourceLocation?

    /// Lays out one block of the text flyer, and keeps it for the PDF while a page could hold it.
    private func add(_ block: FlyerModel.Block) {
        // Paper is scarce: text starts right under its heading's underline.
        if block.spaceBefore && !followsHeading { layout.blankLine() } else { layout.cr() }
        Self.write(block, into: &layout)
        followsHeading = block.isHeading
        lastBlock = block.location
        if overflow == nil && layout.lineCount > campaign.flyer.lines { overflow = block.location }
        if firstUnprintable == nil && printable.count < Self.printableBlockLimit
            && printableCharacters <= PangoMarkup.characterLimit
        {
            printable.append(block)
            printableCharacters += block.runs.reduce(0) { $0 + $1.text.utf8.count }
        } else if firstUnprintable == nil {
            firstUnprintable = block.location
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
