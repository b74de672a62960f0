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
    /// Two half-letter flyers on one Letter sheet, to print and cut.
    static let twoUpFile = "flyer-2up.pdf"
    static let outputs = [textFile, pdfFile, twoUpFile]

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
    private var printableTextBlocks = 0
    /// The first block left out of `printable`, if any.
    private var firstUnprintable: SourceLocation?
    /// The body size the PDF was set in and how many sides it took, once drawn.
    private var printed: (bodySize: Double, sides: Int)?
    private var wroteTwoUp = false

    var builtSummary: String {
        guard let printed else { return context.languages.fileName(Self.textFile) }
        return
            "\(context.languages.fileName(Self.textFile)), \(context.languages.fileName(Self.pdfFile)) (\(printed.sides) page\(printed.sides == 1 ? "" : "s"), \(printed.bodySize.formatted) pt)"
            + (wroteTwoUp ? ", \(context.languages.fileName(Self.twoUpFile))" : "")
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
                for written in text.write(document, at: block.location, pictures: page.pictures) { take(written) }
            }
        }
    }

    mutating func finish(diagnostics: inout Diagnostics) -> [OutputFile] {
        let budget = settings.lines
        let footer = actionLines + context.footerLines
        text.writeFooter(footer)
        let lines = text.lineCount
        if overflow == nil && lines > budget && !footer.isEmpty { overflow = lastBlock }
        if let overflow {
            diagnostics.emit(
                FlyerFit.overflow(
                    "\(context.languages.fileName(Self.textFile)), the text flyer, is longer than its \(budget)-line page (\(lines) lines); it passes it here",
                    at: overflow, settings: settings))
        }
        var files = [OutputFile(path: context.languages.fileName(Self.textFile), contents: text.finished())]
        guard context.options.drawsFlyerPDF else { return files }
        if let firstUnprintable {
            // More than any two sides hold: no PDF is drawn that would leave text off.
            diagnostics.emit(Self.doesNotFit(at: firstUnprintable, sides: settings.sides))
            return files
        }
        let model = model(diagnostics: &diagnostics)
        let result = FlyerPDF.render(
            model, title: context.candidateForOffice, author: context.metadata.candidate,
            language: context.metadata.language, creationDate: context.options.sourceDateEpoch,
            drawsPictures: context.options.drawsPictures)
        switch result {
        case .success(let output):
            files.append(OutputFile(path: context.languages.fileName(Self.pdfFile), contents: output.pdf))
            for (index, picture) in output.pictures.enumerated() {
                files.append(
                    OutputFile(path: context.languages.fileName(Self.picturePath(side: index + 1)), contents: picture))
            }
            printed = (output.bodySize, output.sides)
            switch FlyerPDF.twoUp(
                model, title: context.candidateForOffice, author: context.metadata.candidate,
                language: context.metadata.language, creationDate: context.options.sourceDateEpoch)
            {
            case .success(let pdf):
                files.append(OutputFile(path: context.languages.fileName(Self.twoUpFile), contents: pdf))
                wroteTwoUp = true
            case .failure(.doesNotFit(let location, _)):
                diagnostics.warning(
                    "\(context.languages.fileName(Self.twoUpFile)) is not written: two half-letter sides cannot hold the flyer; it stops fitting here",
                    at: location,
                    notes: [
                        Diagnostic.Note(
                            "\(context.languages.fileName(Self.pdfFile)) holds it all; shorten the text for the half-size flyer too"
                        )
                    ])
            case .failure:
                diagnostics.error(
                    "Cairo could not write \(context.languages.fileName(Self.twoUpFile))", at: settings.location)
            }
            for location in output.undrawable {
                diagnostics.warning(
                    "this text has a character that no installed font can draw: the printed flyer shows an empty box for it",
                    at: location,
                    notes: [
                        Diagnostic.Note(
                            "install fonts for its script (sudo apt-get install \(FlyerTypography.scriptFontPackages)), or write it another way"
                        )
                    ])
            }
            // How the flyer prints, and how much room is left, tells the staff what they may still add.
            let sides =
                output.sides == 1
                ? "the printed flyer fits one side, set in \(output.bodySize.formatted) pt type"
                : "the printed flyer takes two sides, set in \(output.bodySize.formatted) pt type: print it on both sides of the sheet, or shorten it to fit one"
            let site =
                context.metadata.siteURL == nil
                ? "; with a `site:` address under `campaign`, it would print it and a QR code to it" : ""
            diagnostics.note(
                "\(sides); \(context.languages.fileName(Self.textFile)) has \(lines) of \(budget) lines\(site)",
                at: settings.location)
        case .failure(.doesNotFit(let location, let sides)):
            diagnostics.emit(Self.doesNotFit(at: location, sides: sides))
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

    /// The blocks to print: the text flyer's, but for headings with nothing under them (a section whose
    /// text is all left off the flyer, a page whose sections are), which the text flyer keeps as its
    /// own lines but which would stand alone in print.
    private func printedBlocks(diagnostics: inout Diagnostics) -> [FlyerModel.Block] {
        var kept: [FlyerModel.Block] = []
        var dropped: [FlyerModel.Block] = []
        // The rank of the next block kept (smaller is a bigger heading), `Int.max` for text, nil at the end.
        var next: Int?
        for block in printable.reversed() {
            let rank: Int? =
                switch block.role {
                case .pageTitle: 1
                case .heading(let level): level
                case .tagline, .paragraph, .code, .rule, .picture: nil
                }
            if let rank, next.map({ $0 <= rank }) ?? true {
                dropped.append(block)
                continue
            }
            kept.append(block)
            next = rank ?? Int.max
        }
        if let first = dropped.last {
            diagnostics.note(
                dropped.count == 1
                    ? "the heading “\(first.text)” is left off the printed flyer: nothing under it is on the flyer"
                    : "\(dropped.count) headings with nothing under them on the flyer are left off the printed flyer, from “\(first.text)” on",
                at: first.location)
        }
        return kept.reversed()
    }

    /// The printed flyer's model: the blocks, the masthead and the call to action.
    private func model(diagnostics: inout Diagnostics) -> FlyerModel {
        let metadata = context.metadata
        return FlyerModel(
            blocks: printedBlocks(diagnostics: &diagnostics), settings: settings,
            masthead: FlyerModel.Masthead(
                name: metadata.candidate, office: context.words.forOffice(metadata.office),
                election: metadata.election.map(context.words.voteOn), photo: metadata.photo),
            callToAction: FlyerModel.CallToAction(
                printedAddress: metadata.siteURL.map(WebAddress.asTyped),
                link: metadata.siteURL.map { url in
                    settings.qrSource.map { "\(url)/?utm_source=\($0)" } ?? url
                },
                contact: (actionLines + [metadata.contact].compactMap { $0 }).joined(separator: "\n").nilIfEmpty,
                disclaimer: context.disclaimer))
    }

    /// "Donate: janedoe.example/donate", for each call to action: the words and the address as people
    /// type it.
    private var actionLines: [String] {
        context.metadata.actions.map { "\($0.words(context.words)): \(WebAddress.asTyped($0.target))" }
    }

    /// `flyer-1.png` for the front, `flyer-2.png` for the back.
    static func picturePath(side: Int) -> String {
        "flyer-\(side).png"
    }

    private static func doesNotFit(at location: SourceLocation, sides: Int) -> Diagnostic {
        .error(
            "the printed flyer does not fit \(sides == 1 ? "one side" : "two sides (front and back)"), even in \(FlyerTypography.smallestBodySize.formatted) pt type; it stops fitting here",
            at: location,
            notes: [
                Diagnostic.Note(
                    "shorten the text from here on, or leave some of it off the flyer with `not in: flyer`"
                        + (sides == 1 ? "; or let it take a back side: remove `sides: 1` from the `flyer` block" : ""))
            ])
    }

    /// Notes a block written to the text: where the text first passes its budget.
    private mutating func note(_ written: FlyerText.Written) {
        if overflow == nil && written.linesAfter > settings.lines { overflow = written.block.location }
        lastBlock = written.block.location
    }

    /// Notes a block written to the text, and keeps it for the PDF while two sides could still hold it.
    private mutating func take(_ written: FlyerText.Written) {
        note(written)
        let block = written.block
        guard firstUnprintable == nil else { return }
        // Headings count toward the characters but not the blocks: one with nothing under it is left off
        // the print, and a campaign of many pages kept off the flyer has many such.
        if printableTextBlocks < Self.printableBlockLimit && printableCharacters <= PangoMarkup.characterLimit {
            printable.append(block)
            printableCharacters += block.runs.reduce(0) { $0 + $1.text.utf8.count }
            if !block.isHeading { printableTextBlocks += 1 }
        } else {
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

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
