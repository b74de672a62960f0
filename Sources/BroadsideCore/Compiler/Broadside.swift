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
        let pictures = PictureLoader(folder: inputs.pictures)
        var structureCampaign = structure.campaign
        if let name = structureCampaign?.metadata.photoName {
            structureCampaign?.metadata.photo = pictures.load(name.value, at: name.location, diagnostics: &diagnostics)
        }
        let parser = PageParser(source: source, pages: structure.pages, pictures: pictures)
        var renderers: [any EditionRenderer] = []
        // What the editions find is reported only when the source has no errors: a campaign that is
        // still being fixed is not told that its flyer is long.
        var editionDiagnostics = Diagnostics()
        if let campaign = structureCampaign, !diagnostics.hasErrors {
            CampaignRequirements.check(campaign, diagnostics: &editionDiagnostics)
            let words = Words.forLanguage(campaign.metadata.language)
            renderers = options.editions.map { edition in
                EditionRegistry.renderers[edition.index].init(
                    EditionContext(
                        campaign: campaign, words: words, edition: edition, stylesheet: stylesheet,
                        shippedFiles: inputs.shippedFiles, options: options),
                    diagnostics: &editionDiagnostics)
            }
        }
        var pendingLinks: [PendingLink] = []
        var sourceHasErrors = diagnostics.hasErrors
        for index in structure.pages.indices {
            // Every page is checked; once one has an error, no edition is made, so none takes pages.
            let page = parser.parse(index)
            for diagnostic in page.diagnostics.all { diagnostics.emit(diagnostic) }
            pendingLinks += page.pendingLinks
            if page.diagnostics.hasErrors {
                sourceHasErrors = true
                renderers = []
            }
            for position in renderers.indices { renderers[position].add(page, diagnostics: &editionDiagnostics) }
        }
        var files: [OutputFile] = []
        for position in renderers.indices { files += renderers[position].finish(diagnostics: &editionDiagnostics) }
        let summaries = renderers.map(\.builtSummary)
        if !sourceHasErrors {
            for diagnostic in editionDiagnostics.all { diagnostics.emit(diagnostic) }
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
