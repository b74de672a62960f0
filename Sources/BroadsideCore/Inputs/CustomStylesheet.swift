/// The staff's own additions to the site's look: `style.css` beside the campaign source, appended to
/// Broadside's stylesheet. It may change anything but may not load anything from another host
/// (`StylesheetCheck` says what it may do).
public struct CustomStylesheet: Sendable {
    /// The name the stylesheet has beside the source.
    public static let fileName = "style.css"

    public var path: String
    public var text: String
    /// The files of the site it asks for, found by `StylesheetCheck`; the site checks that it has them.
    var references: [StylesheetReference] = []
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
        var stylesheet = CustomStylesheet(path: file.path, text: text)
        stylesheet.references = StylesheetCheck(path: file.path, text: text).references(diagnostics: &diagnostics)
        return stylesheet
    }
}
