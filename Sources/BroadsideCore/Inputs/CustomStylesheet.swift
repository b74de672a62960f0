/// The staff's own additions to the site's look: `style.css` beside the campaign source, appended to
/// Broadside's stylesheet. It may change anything but may not load anything from another host.
public struct CustomStylesheet: Sendable {
    /// The name the stylesheet has beside the source.
    public static let fileName = "style.css"

    public var path: String
    public var text: String
    var fileName: String { Self.fileName }

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The stylesheet read from `file`, checked: nil, with an error, when it is not UTF-8 text.
    static func read(_ file: InputFile, diagnostics: inout Diagnostics) -> CustomStylesheet? {
        guard let text = String(validating: file.bytes, as: UTF8.self) else {
            diagnostics.error(
                "the stylesheet is not UTF-8 text", at: .wholeFile(file.path),
                notes: [Diagnostic.Note("save it as UTF-8 text")])
            return nil
        }
        let stylesheet = CustomStylesheet(path: file.path, text: text)
        stylesheet.check(diagnostics: &diagnostics)
        return stylesheet
    }

    /// Errors for every `@import` and every `url(…)` that names another host or scheme: the site makes
    /// no request to any other host.
    func check(diagnostics: inout Diagnostics) {
        for (index, line) in text.linesSplitAtLF().enumerated() {
            let lowered = line.lowercased()
            // Looked for as bytes: every match Foundation's `range(of:)` found, and a word run into a
            // combining mark too.
            if let range = lowered.utf8.firstRange(of: "@import".utf8) {
                diagnostics.error(
                    "the stylesheet imports another stylesheet", at: location(index, lowered, range.lowerBound),
                    notes: [
                        Diagnostic.Note(
                            "put the rules themselves in \(Self.fileName); the site loads nothing from elsewhere")
                    ])
            }
            var searchStart = lowered.startIndex
            while let range = lowered.utf8[searchStart...].firstRange(of: "url(".utf8) {
                let target = lowered[range.upperBound...].drop { $0 == " " || $0 == "\"" || $0 == "'" }
                if target.hasPrefix("http:") || target.hasPrefix("https:") || target.hasPrefix("//")
                    || target.hasPrefix("data:") || target.hasPrefix("javascript:")
                {
                    diagnostics.error(
                        "the stylesheet loads something from another host",
                        at: location(index, lowered, range.lowerBound),
                        notes: [Diagnostic.Note("the site makes no request to any other host: remove this url(…)")])
                }
                searchStart = range.upperBound
            }
        }
    }

    private func location(_ index: Int, _ line: String, _ position: String.Index) -> SourceLocation {
        SourceLocation(file: path, line: index + 1, column: line.unicodeScalars[line.startIndex..<position].count + 1)
    }
}
