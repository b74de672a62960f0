/// The flyer for volunteers to print: the tagline on top, then the headings and text the staff chose
/// for the flyer, links as their words only. `flyer.txt` is wrapped to the flyer's width and must fit
/// the page budget (60 lines of 72 characters unless the `flyer` block says otherwise); `flyer.pdf`
/// is one printed sheet (`FlyerPDF`), drawn from the blocks of the same walk. When either does not
/// fit, the build says where it overflows.
struct FlyerEdition: EditionRenderer {
    static let name = "flyer"
    static let summary = "the flyer: text and PDF"
    static let textFile = "flyer.txt"
    static let pdfFile = "flyer.pdf"
    /// The printed page as a picture, made only when the build asks (the preview).
    static let pictureFile = "flyer-1.png"
    static let outputs = [textFile, pdfFile]

    /// More blocks than any printed page holds, even at the smallest size on the largest paper: the
    /// PDF is laid out from the first blocks only, up to this many or `PangoMarkup.characterLimit`
    /// characters, so that a flyer a thousand pages too long is not kept in memory to find that out.
    static let printableBlockLimit = 400

    private let context: EditionContext
    private var text: FlyerText
    private var overflow: SourceLocation?
    /// The location of the last block, where a footer that does not fit is reported.
    private var lastBlock: SourceLocation?
    /// The first blocks, which the PDF is laid out from, and how many characters they hold.
    private var printable: [FlyerModel.Block] = []
    private var printableCharacters = 0
    /// The first block left out of `printable`, if any.
    private var firstUnprintable: SourceLocation?
    /// The body size the PDF was set in, once drawn.
    private var bodySize: Double?

    var builtSummary: String {
        guard let bodySize else { return Self.textFile }
        return "\(Self.textFile), \(Self.pdfFile) (1 page, \(bodySize.formatted) pt)"
    }

    private var settings: FlyerSettings { context.campaign.flyer }

    init(_ context: EditionContext, diagnostics: inout Diagnostics) {
        self.context = context
        text = FlyerText(width: context.campaign.flyer.columns)
        let metadata = context.metadata
        take(text.write(.plain(.tagline, metadata.tagline, at: metadata.location)))
    }

    mutating func add(_ page: ParsedPage, diagnostics: inout Diagnostics) {
        let sections = page.sections(in: context.edition)
        if !page.isHome && !sections.isEmpty {
            take(text.write(.plain(.pageTitle, page.page.name, at: page.page.location)))
        }
        for entry in sections {
            if entry.section.showsHeading(in: context.edition) {
                take(text.write(.plain(.heading(level: 2), entry.section.name, at: entry.section.location)))
            }
            for (block, document) in zip(entry.blocks, entry.documents) {
                for written in text.write(document, at: block.location) { take(written) }
            }
        }
    }

    mutating func finish(diagnostics: inout Diagnostics) -> [OutputFile] {
        let budget = settings.lines
        let footer = context.footerLines
        text.writeFooter(footer)
        let lines = text.lineCount
        if overflow == nil && lines > budget && !footer.isEmpty { overflow = lastBlock }
        if let overflow {
            diagnostics.emit(
                FlyerFit.overflow(
                    "the flyer no longer fits one page (\(lines) of \(budget) lines); it overflows from here",
                    at: overflow, settings: settings))
        }
        var files = [OutputFile(path: Self.textFile, contents: text.finished())]
        guard context.options.drawsFlyerPDF else { return files }
        let model = FlyerModel(blocks: printable, footer: footer, settings: settings)
        let metadata = context.metadata
        let result = FlyerPDF.render(
            model, title: "\(context.candidateForOffice): \(metadata.tagline)", author: metadata.candidate,
            creationDate: context.options.sourceDateEpoch, drawsPicture: context.options.drawsPictures)
        switch result {
        case .success(let output):
            if let place = output.overflow ?? firstUnprintable {
                diagnostics.emit(
                    FlyerFit.overflow(
                        "the printed flyer no longer fits one page, even in \(FlyerTypography.smallestBodySize.formatted) pt type; it overflows from here",
                        at: place, settings: settings))
            }
            files.append(OutputFile(path: Self.pdfFile, contents: output.pdf))
            if let picture = output.picture { files.append(OutputFile(path: Self.pictureFile, contents: picture)) }
            bodySize = output.bodySize
            if overflow == nil && output.overflow == nil && firstUnprintable == nil {
                // How much room is left tells the staff how much they may still add.
                diagnostics.note(
                    "the flyer fits one page: \(lines) of \(budget) lines of text, and the PDF is set in \(output.bodySize.formatted) pt type",
                    at: settings.location)
            }
        case .failure(.missingFont(let family, let loaded)):
            diagnostics.error(
                "the flyer's font \(family) is not installed (the system offered \(loaded) instead)",
                at: settings.location,
                notes: [Diagnostic.Note("install it: sudo apt-get install \(FlyerTypography.fontPackage)")])
        case .failure(.cairo):
            diagnostics.error("Cairo could not write the flyer's PDF", at: settings.location)
        }
        return files
    }

    /// Notes a block written to the text: where the text first passes its budget, and the blocks the
    /// PDF is laid out from while a page could still hold them.
    private mutating func take(_ written: FlyerText.Written) {
        let block = written.block
        if overflow == nil && written.linesAfter > settings.lines { overflow = block.location }
        lastBlock = block.location
        if firstUnprintable == nil && printable.count < Self.printableBlockLimit
            && printableCharacters <= PangoMarkup.characterLimit
        {
            printable.append(block)
            printableCharacters += block.runs.reduce(0) { $0 + $1.text.utf8.count }
        } else if firstUnprintable == nil {
            firstUnprintable = block.location
        }
    }
}

/// What the build says when the flyer does not fit its page: a warning, or an error when the `flyer`
/// block says `too long: error`.
enum FlyerFit {
    static func overflow(_ message: String, at location: SourceLocation, settings: FlyerSettings) -> Diagnostic {
        Diagnostic(
            settings.overflowIsError ? .error : .warning, message, at: location,
            notes: [
                Diagnostic.Note(
                    "shorten the text from here on, or leave some of it off the flyer with `not in: flyer`")
            ])
    }
}
