/// What one run of the compiler made of its inputs.
public struct Compilation: Sendable {
    /// The decoded source, to quote lines in diagnostics; nil when it could not be decoded.
    public var source: SourceText?
    /// The staff's stylesheet, when there is one and it is text, to quote its lines too.
    public var stylesheet: CustomStylesheet?
    /// The campaign, when the source has no errors.
    public var campaign: Campaign?
    /// Every edition's files, when the inputs have no errors.
    public var files: [OutputFile]?
    public var diagnostics: Diagnostics
    /// What each edition built, in a few words (`site (4 pages)`), when the build succeeded.
    public var summaries: [String] = []

    /// A compilation that stopped before it started: the inputs could not be read, for `diagnostic`.
    public init(unreadable diagnostic: Diagnostic) {
        var diagnostics = Diagnostics()
        diagnostics.emit(diagnostic)
        self.init(source: nil, stylesheet: nil, campaign: nil, files: nil, diagnostics: diagnostics)
    }

    init(
        source: SourceText?, stylesheet: CustomStylesheet?, campaign: Campaign?, files: [OutputFile]?,
        diagnostics: Diagnostics, summaries: [String] = []
    ) {
        self.source = source
        self.stylesheet = stylesheet
        self.campaign = campaign
        self.files = files
        self.diagnostics = diagnostics
        self.summaries = summaries
    }

    /// The build's closing line: what was written and where, or how many errors kept the last good
    /// editions in place.
    public func closingLine(writtenTo folder: String?) -> String {
        let errors = diagnostics.errors.count
        let warnings = diagnostics.warnings.count
        let warned = warnings == 0 ? "" : " (\(warnings) warning\(warnings == 1 ? "" : "s"))"
        guard errors == 0 else {
            let counted = "\(errors) error\(errors == 1 ? "" : "s")"
            return folder == nil
                ? "Broadside: \(counted); nothing was built"
                : "Broadside: \(counted); the editions were not updated (the last good build is kept)"
        }
        guard let folder else { return "Broadside: no errors\(warned)" }
        return "Broadside: built \(summaries.joined(separator: ", ")) — in \(folder)\(warned)"
    }
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
    /// cmark's HTML of one block, as the site shows it: links settled, subheadings nested. Nil when
    /// the source has errors or there is no such block.
    public func blockHTML(page: Int, section: Int, block: Int) -> String? {
        guard let source, let campaign, campaign.pages.indices.contains(page) else { return nil }
        let parsed = PageParser(source: source, pages: campaign.pages, pictures: PictureLoader(folder: .none)).parse(
            page)
        guard parsed.documents.indices.contains(section), parsed.documents[section].indices.contains(block) else {
            return nil
        }
        return parsed.documents[section][block].html()
    }
}

extension Double {
    /// `9` for 9.0, `9.5` for 9.5: sizes as people write them.
    var formatted: String {
        self == rounded() ? String(Int(self)) : String(self)
    }
}
