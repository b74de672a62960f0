/// The compiler's one entry: inputs in, a compilation out. It keeps no state between calls, so a
/// process (the preview, a test) may compile again and again; writing the files to a folder is a
/// separate step (`EditionWriter`).
public enum Broadside {
    /// Decodes, parses and checks the source and the stylesheet, then, when they have no errors, makes
    /// every edition of `options` in memory. Every diagnostic is in the result, in the order found.
    public static func compile(_ inputs: consuming BuildInputs, options: RenderOptions = RenderOptions()) -> Compilation
    {
        var diagnostics = Diagnostics()
        let decoded = SourceText.decode(inputs.source.bytes, path: inputs.source.path, diagnostics: &diagnostics)
        // The decoded text is all that is needed from here on: a large source is not held twice (when
        // the caller hands its inputs over).
        inputs.source.bytes = []
        let stylesheet = inputs.stylesheet.flatMap { CustomStylesheet.read($0, diagnostics: &diagnostics) }
        guard let source = decoded, let structure = StructureReader.read(source, diagnostics: &diagnostics) else {
            return Compilation(
                source: decoded, stylesheet: stylesheet, campaign: nil, files: nil, diagnostics: diagnostics,
                summaries: [])
        }
        let pictures = PictureLoader(folder: inputs.pictures, cache: inputs.pictureCache)
        var structureCampaign = structure.campaign
        if let name = structureCampaign?.metadata.photoName {
            structureCampaign?.metadata.photo = pictures.load(name.value, at: name.location, diagnostics: &diagnostics)
        }
        // One parser per language: the original's pages, then each translation's (its sections'
        // translated text in place of the original's).
        var parsers = [PageParser(source: source, pages: structure.pages, pictures: pictures)]
        var localized: [Campaign] = []
        if let campaign = structureCampaign {
            localized = campaign.languages.map { campaign.localized(to: $0) }
            for translation in localized.dropFirst() {
                parsers.append(PageParser(source: source, pages: translation.pages, pictures: pictures))
            }
            Untranslated.report(campaign, diagnostics: &diagnostics)
        }
        /// Each renderer, with the language of its editions (an index into `parsers`).
        var renderers: [(language: Int, renderer: any EditionRenderer)] = []
        // What the editions find is reported only when the source has no errors: a campaign that is
        // still being fixed is not told that its flyer is long.
        var editionDiagnostics = Diagnostics()
        /// What each language's editions find.
        var languageDiagnostics = [Diagnostics](repeating: Diagnostics(), count: max(1, localized.count))
        if let campaign = structureCampaign, !diagnostics.hasErrors {
            CampaignRequirements.check(campaign, diagnostics: &editionDiagnostics)
            let names = Dictionary(
                campaign.languages.map { ($0.lowercased(), campaign.words[$0.lowercased()]?.languageName ?? $0) },
                uniquingKeysWith: { first, _ in first })
            for (index, language) in campaign.languages.enumerated() {
                let languages = EditionLanguages(current: language, all: campaign.languages, names: names)
                let words = campaign.words[language.lowercased()] ?? Words.english
                if index > 0 && campaign.email.subjectIsDefault {
                    let metadata = localized[index].metadata
                    localized[index].email.subject = words.candidateForOffice(metadata.candidate, metadata.office)
                }
                for edition in options.editions {
                    var context = EditionContext(
                        campaign: localized[index], words: words, edition: edition, stylesheet: stylesheet,
                        shippedFiles: inputs.shippedFiles, options: options)
                    context.pictureCache = inputs.pictureCache
                    context.languages = languages
                    renderers.append(
                        (
                            index,
                            EditionRegistry.renderers[edition.index].init(
                                context, diagnostics: &languageDiagnostics[index])
                        ))
                }
            }
        }
        var pendingLinks: [PendingLink] = []
        var sourceHasErrors = diagnostics.hasErrors
        for index in structure.pages.indices {
            // Every page is checked; once one has an error, no edition is made, so none takes pages.
            var reported: Set<Diagnostic> = []
            var pending: Set<PendingLink> = []
            for (language, parser) in parsers.enumerated() {
                // A translation's page repeats the original's untranslated sections: what they give
                // is reported once.
                let page = parser.parse(index)
                for diagnostic in page.diagnostics.all where reported.insert(diagnostic).inserted {
                    diagnostics.emit(diagnostic)
                }
                for link in page.pendingLinks where pending.insert(link).inserted { pendingLinks.append(link) }
                if page.diagnostics.hasErrors {
                    sourceHasErrors = true
                    renderers = []
                }
                for position in renderers.indices where renderers[position].language == language {
                    renderers[position].renderer.add(page, diagnostics: &languageDiagnostics[language])
                }
            }
        }
        var files: [OutputFile] = []
        var summaries: [String] = []
        // A picture both a translation and the original show is written by both: once is enough.
        var written: Set<String> = []
        for position in renderers.indices {
            let language = renderers[position].language
            files += renderers[position].renderer.finish(diagnostics: &languageDiagnostics[language]).filter {
                written.insert($0.path).inserted
            }
            let summary = renderers[position].renderer.builtSummary
            let opensLanguage = position == 0 || renderers[position - 1].language != language
            summaries.append(
                language == 0 || !opensLanguage ? summary : "\(localized[language].metadata.language): \(summary)")
        }
        if !sourceHasErrors {
            for diagnostic in editionDiagnostics.all { diagnostics.emit(diagnostic) }
            // What another language's editions find is said once when the original's say the same,
            // and else names the language.
            let original = Set(languageDiagnostics.first?.all ?? [])
            for (index, found) in languageDiagnostics.enumerated() {
                for var diagnostic in found.all where index == 0 || !original.contains(diagnostic) {
                    if index > 0 {
                        diagnostic.message = "in `\(localized[index].metadata.language)`: \(diagnostic.message)"
                    }
                    diagnostics.emit(diagnostic)
                }
            }
        }
        if structureCampaign?.metadata.quietPendingLinks != true, let warning = PendingLinks.warning(pendingLinks) {
            diagnostics.emit(warning)
        }
        var campaign = structureCampaign
        campaign?.pendingLinks = pendingLinks
        let failed = diagnostics.hasErrors || structureCampaign == nil
        return Compilation(
            source: source, stylesheet: stylesheet, campaign: failed ? nil : campaign, files: failed ? nil : files,
            diagnostics: diagnostics,
            summaries: failed ? [] : summaries)
    }

    /// `compile` of a source given as bytes, with no stylesheet.
    public static func compile(_ bytes: [UInt8], path: String, options: RenderOptions = RenderOptions())
        -> Compilation
    {
        compile(BuildInputs(source: InputFile(path: path, bytes: bytes)), options: options)
    }

    /// `build` of a source given as bytes, with no stylesheet.
    public static func build(
        _ bytes: [UInt8], path: String, options: RenderOptions = RenderOptions(), into folder: String
    ) -> Compilation {
        build(BuildInputs(source: InputFile(path: path, bytes: bytes)), options: options, into: folder)
    }

    /// Reads and checks a source without making any edition: its campaign and diagnostics.
    public static func read(_ bytes: [UInt8], path: String, diagnostics: inout Diagnostics) -> (
        source: SourceText?, campaign: Campaign?
    ) {
        let compilation = compile(bytes, path: path, options: RenderOptions(editions: []))
        for diagnostic in compilation.diagnostics.all { diagnostics.emit(diagnostic) }
        return (compilation.source, compilation.campaign)
    }

    /// Compiles `inputs` and, when there is no error, writes the files into `folder`, which they replace
    /// whole (`EditionWriter`). After an error, `folder` holds the last good editions.
    public static func build(
        _ inputs: consuming BuildInputs, options: RenderOptions = RenderOptions(), into folder: String
    ) -> Compilation {
        var compilation = compile(consume inputs, options: options)
        guard let files = compilation.files else {
            // Nothing is written, but what a killed build left is put right all the same (writing does
            // it on its own), so that the last good editions are in place.
            EditionWriter.recoverInterruptedBuilds(of: folder)
            return compilation
        }
        if let failure = EditionWriter.write(files, to: folder) { compilation.diagnostics.emit(failure) }
        return compilation
    }
}

/// Choices for a build that do not come from the inputs.
public struct RenderOptions: Sendable {
    /// The latest moment a date can name in the email's and the PDF's four-digit years.
    public static let latestSourceDate = 253_402_300_799

    /// The build's date from `SOURCE_DATE_EPOCH`, as reproducible builds set it: nil when it is not set,
    /// an error when it is not a whole number of seconds from 1970 to the end of the year 9999.
    public static func sourceDateEpoch(_ value: String?) -> Result<Int?, Diagnostic> {
        guard let value else { return .success(nil) }
        guard !value.isEmpty, value.utf8.allSatisfy({ (0x30...0x39).contains($0) }), value.utf8.count <= 12,
            let seconds = Int(value), seconds <= latestSourceDate
        else {
            return .failure(
                .error(
                    "SOURCE_DATE_EPOCH is `\(value.prefix(40))`, not a date", at: .wholeFile("SOURCE_DATE_EPOCH"),
                    notes: [
                        Diagnostic.Note(
                            "set it to seconds since 1970, from 0 to \(latestSourceDate) (the end of 9999), or unset it"
                        )
                    ]))
        }
        return .success(seconds)
    }

    /// The time to stamp on the email message and the PDF (`SOURCE_DATE_EPOCH`, seconds since 1970);
    /// without it the message has no Date, so that builds stay byte-identical.
    public var sourceDateEpoch: Int?
    /// Whether to draw `flyer.pdf`. Only the fuzz target leaves it out, for most inputs: drawing a PDF
    /// takes far longer than everything else, and would starve the fuzzing of the rest.
    public var drawsFlyerPDF = true
    /// Whether editions also make pictures of what they print (`flyer-1.png`), for the preview; a
    /// build never writes them.
    public var drawsPictures = false
    /// The editions to make (all of them unless the benchmark times one alone).
    public var editions = Edition.all

    public init(
        sourceDateEpoch: Int? = nil, drawsFlyerPDF: Bool = true, drawsPictures: Bool = false,
        editions: [Edition] = Edition.all
    ) {
        self.sourceDateEpoch = sourceDateEpoch
        self.drawsFlyerPDF = drawsFlyerPDF
        self.drawsPictures = drawsPictures
        self.editions = editions
    }
}
