/// The compiler's entry points: read a source into a `Campaign`, and make every edition of it, into
/// memory or straight into an output folder.
public enum Broadside {
    /// Decodes, parses and checks a campaign source, its Markdown included, and makes no edition.
    /// Returns nil when it has errors; every error and warning found is in `diagnostics`.
    public static func read(_ bytes: consuming [UInt8], path: String, diagnostics: inout Diagnostics) -> (
        source: SourceText?, campaign: Campaign?
    ) {
        let run = CompilerRun.run(consume bytes, path: path, options: RenderOptions(), sink: nil)
        for diagnostic in run.diagnostics.all { diagnostics.emit(diagnostic) }
        return (run.source, run.campaign)
    }

    /// Reads `bytes` and, when the source has no errors, makes every edition in memory.
    public static func compile(
        _ bytes: consuming [UInt8], path: String, options: RenderOptions = RenderOptions()
    ) -> Compilation {
        let sink = OutputSink(.memory)
        let run = CompilerRun.run(consume bytes, path: path, options: options, sink: sink)
        return Compilation(
            source: run.source, campaign: run.campaign, files: run.diagnostics.hasErrors ? nil : sink.files,
            diagnostics: run.diagnostics)
    }

    /// Reads `bytes` and makes every edition while it reads them, without keeping them in memory,
    /// straight into a new folder beside `folder`, which takes `folder`'s place when the build succeeds.
    /// After an error, `folder` is left exactly as it was. `files` is nil in the result.
    public static func build(
        _ bytes: consuming [UInt8], path: String, options: RenderOptions = RenderOptions(), into folder: String
    ) -> Compilation {
        let staging: EditionWriter.Staging
        switch EditionWriter.stage(folder) {
        case .failure(let refusal):
            var diagnostics = Diagnostics()
            diagnostics.emit(refusal)
            return Compilation(source: nil, campaign: nil, files: nil, diagnostics: diagnostics)
        case .success(let opened):
            staging = opened
        }
        let sink = OutputSink(.folder(staging.url))
        var run = CompilerRun.run(consume bytes, path: path, options: options, sink: sink)
        if run.diagnostics.hasErrors {
            staging.discard(sink)
        } else if let failure = staging.commit(sink) {
            run.diagnostics.emit(failure)
        }
        return Compilation(source: run.source, campaign: run.campaign, files: nil, diagnostics: run.diagnostics)
    }

    /// Starts loading Pango, Cairo and the flyer's fonts on another thread, once per process, so that a
    /// build about to begin finds them ready (a build starts it itself otherwise, when it starts).
    public static func startLoadingFlyerFonts() {
        FlyerFonts.startLoading()
    }

    /// Reads `bytes` and makes every edition, writing nothing: every diagnostic a build would give.
    public static func check(_ bytes: consuming [UInt8], path: String, options: RenderOptions = RenderOptions())
        -> Compilation
    {
        let run = CompilerRun.run(consume bytes, path: path, options: options, sink: OutputSink(.discard))
        return Compilation(source: run.source, campaign: run.campaign, files: nil, diagnostics: run.diagnostics)
    }
}

extension Double {
    /// `9` for 9.0, `9.5` for 9.5: sizes as people write them.
    var formatted: String {
        self == rounded() ? String(Int(self)) : String(self)
    }
}

/// Choices for a build that do not come from the source.
public struct RenderOptions: Sendable {
    /// The time to stamp on the email message (`SOURCE_DATE_EPOCH`, seconds since 1970); without it the
    /// message has no Date, so that builds stay byte-identical.
    public var sourceDateEpoch: Int?
    /// The staff's additions to the site's stylesheet (`content/style.css`), when there are any.
    public var customStylesheet: CustomStylesheet?
    /// Whether to draw `flyer.pdf`. Only the fuzz target leaves it out, for most inputs: drawing a PDF
    /// takes a hundred times longer than everything else, and would starve the fuzzing of the rest.
    public var drawsFlyerPDF = true
    /// The editions to make (all of them unless the benchmark times one alone).
    public var editions = Edition.allCases

    public init(
        sourceDateEpoch: Int? = nil, customStylesheet: CustomStylesheet? = nil, drawsFlyerPDF: Bool = true,
        editions: [Edition] = Edition.allCases
    ) {
        self.sourceDateEpoch = sourceDateEpoch
        self.customStylesheet = customStylesheet
        self.drawsFlyerPDF = drawsFlyerPDF
        self.editions = editions
    }
}

/// What one run of the compiler made of a source.
public struct Compilation: Sendable {
    /// The decoded source, to quote lines in diagnostics; nil when it could not be decoded.
    public var source: SourceText?
    public var campaign: Campaign?
    /// Every edition's files, when they were made in memory and the source has no errors.
    public var files: [OutputFile]?
    public var diagnostics: Diagnostics
}

/// One file of an edition, by its path relative to the output folder.
public struct OutputFile: Sendable, Hashable {
    public var path: String
    public var contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }

    public var text: String { String(decoding: contents, as: UTF8.self) }
}

extension Compilation {
    /// cmark's HTML of one block, as the editions see it: links settled, subheadings nested. Nil when
    /// the source has errors or there is no such block.
    public func blockHTML(page: Int, section: Int, block: Int) -> String? {
        guard let source, let campaign, campaign.pages.indices.contains(page) else { return nil }
        let parsed = PageParser(source: source, pages: campaign.pages).parse(page)
        guard parsed.documents.indices.contains(section), parsed.documents[section].indices.contains(block) else {
            return nil
        }
        return parsed.documents[section][block].html()
    }
}
