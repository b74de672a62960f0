import Dispatch
import Synchronization

/// The compiler's entry points: read a source into a `Campaign`, render every edition of it.
/// Nothing here touches the file system; `SourceFiles` and `EditionWriter` do, for the shells.
public enum Broadside {
    /// Decodes, parses and checks a campaign source. Returns nil when it has errors; every error and
    /// warning found is in `diagnostics`, in the order found.
    public static func read(_ bytes: [UInt8], path: String, diagnostics: inout Diagnostics) -> (
        source: SourceText?, campaign: Campaign?
    ) {
        guard let source = SourceText.decode(bytes, path: path, diagnostics: &diagnostics) else { return (nil, nil) }
        return (source, read(source, diagnostics: &diagnostics))
    }

    /// Parses and checks a decoded source.
    public static func read(_ source: SourceText, diagnostics: inout Diagnostics) -> Campaign? {
        guard let outline = OutlineParser.parse(source, diagnostics: &diagnostics) else { return nil }
        return CampaignBuilder.build(outline, source: source, diagnostics: &diagnostics)
    }

    /// Every edition of `campaign`, as files relative to the output folder, in a fixed order. Editions
    /// add warnings of their own (metadata they would need, a flyer that does not fit) to `diagnostics`.
    public static func render(
        _ campaign: Campaign, options: RenderOptions = RenderOptions(), diagnostics: inout Diagnostics
    ) -> [OutputFile] {
        EditionRequirements.check(campaign, diagnostics: &diagnostics)
        // The editions share only the campaign, which nothing changes any more: render them side by side,
        // then gather their files and diagnostics in a fixed order, so the output never depends on timing.
        let editions = Edition.allCases
        let results = Mutex<[Edition: EditionFiles.Result]>([:])
        DispatchQueue.concurrentPerform(iterations: editions.count) { index in
            let result = EditionFiles.render(editions[index], campaign, options: options)
            results.withLock { $0[editions[index]] = result }
        }
        var files: [OutputFile] = []
        results.withLock { results in
            for edition in editions {
                guard let result = results[edition] else { continue }
                files += result.files
                for diagnostic in result.diagnostics.all { diagnostics.emit(diagnostic) }
            }
        }
        return files
    }

    /// Reads `bytes` and, when the source has no errors, renders every edition.
    public static func compile(_ bytes: [UInt8], path: String, options: RenderOptions = RenderOptions()) -> Compilation
    {
        var diagnostics = Diagnostics()
        let (source, campaign) = read(bytes, path: path, diagnostics: &diagnostics)
        var files = campaign.map { render($0, options: options, diagnostics: &diagnostics) }
        if diagnostics.hasErrors { files = nil }
        return Compilation(source: source, campaign: campaign, files: files, diagnostics: diagnostics)
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

    public init(sourceDateEpoch: Int? = nil, customStylesheet: CustomStylesheet? = nil, drawsFlyerPDF: Bool = true) {
        self.sourceDateEpoch = sourceDateEpoch
        self.customStylesheet = customStylesheet
        self.drawsFlyerPDF = drawsFlyerPDF
    }
}

/// What one run of the compiler made of a source.
public struct Compilation: Sendable {
    /// The decoded source, to quote lines in diagnostics; nil when it could not be decoded.
    public var source: SourceText?
    public var campaign: Campaign?
    /// Every edition's files; nil when the source has errors.
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
