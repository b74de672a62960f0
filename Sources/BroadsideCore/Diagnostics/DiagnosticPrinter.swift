/// Writes diagnostics the way compilers do, so that `swift build`, editors and people all read them:
///
///     content/campaign.broadside:12:5: error: unknown key `taglin`
///         taglin: For excellence
///         ^
///     content/campaign.broadside:12:5: note: did you mean `tagline`?
public struct DiagnosticPrinter: Sendable {
    /// The source lines, to quote the line a diagnostic points at; empty when the source could not be read.
    private let sourceLines: [Substring]
    /// The source's path: a diagnostic in another file quotes none of its lines. Nil when it is not
    /// known, and every diagnostic is taken to be in the source.
    private let sourcePath: String?
    /// The staff's stylesheet, whose lines its own diagnostics quote.
    private let stylesheet: (path: String, lines: [Substring])?

    public init(sourceText: String?) {
        self.sourceLines = sourceText?.linesSplitAtLF() ?? []
        self.sourcePath = nil
        self.stylesheet = nil
    }

    /// A printer quoting the lines of a decoded source as they are, without copying its text, and those
    /// of the stylesheet beside it.
    public init(source: SourceText?, stylesheet: CustomStylesheet? = nil) {
        self.sourceLines = source?.lines ?? []
        self.sourcePath = source?.path
        self.stylesheet = stylesheet.map { ($0.path, CSSTokenizer.lines(of: $0.text)) }
    }

    /// The whole text for one diagnostic: its line, then the quoted source line and a caret, then its notes.
    public func format(_ diagnostic: Diagnostic) -> String {
        var text = header(diagnostic.severity.rawValue, diagnostic.message, at: diagnostic.location)
        text += "\n"
        text += quote(diagnostic.location)
        for note in diagnostic.notes {
            text += header("note", note.message, at: note.location ?? diagnostic.location)
            text += "\n"
        }
        return text
    }

    /// Every diagnostic, in source order, with a cap: past `limit` errors the rest are counted, not shown.
    public func format(_ diagnostics: [Diagnostic], errorLimit limit: Int = 20) -> String {
        var text = ""
        var errorsShown = 0
        var errorsHidden = 0
        for diagnostic in diagnostics {
            if diagnostic.severity == .error {
                if errorsShown == limit {
                    errorsHidden += 1
                    continue
                }
                errorsShown += 1
            }
            text += format(diagnostic)
        }
        if errorsHidden > 0 {
            text += "error: and \(errorsHidden) more error\(errorsHidden == 1 ? "" : "s"); fix these first\n"
        }
        return text
    }

    private func header(_ severity: String, _ message: String, at location: SourceLocation) -> String {
        // A message may quote what the source says (an unknown key, a value): shown, never obeyed.
        let message = message.map(Self.visible).joined()
        if location.line > 0 {
            return "\(location.file):\(location.line):\(location.column): \(severity): \(message)"
        }
        return "\(location.file):1:1: \(severity): \(message)"
    }

    /// The source line and a caret under the column. A long line is shown as a window around the
    /// column, so the caret stays on screen.
    /// A character as a terminal may show it: one that would move the cursor, recolour the screen or
    /// reorder the line (an escape, a right-to-left override) is written `<U+202E>` instead.
    static func visible(_ character: Character) -> String {
        guard character.unicodeScalars.contains(where: SourceCharacters.mustBeEscaped) else { return String(character) }
        return character.unicodeScalars.map { scalar in
            guard SourceCharacters.mustBeEscaped(scalar) else { return String(scalar) }
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
        }.joined()
    }

    private func quote(_ location: SourceLocation) -> String {
        let lines: [Substring]
        if let stylesheet, stylesheet.path == location.file {
            lines = stylesheet.lines
        } else if sourcePath.map({ $0 == location.file }) ?? true {
            lines = sourceLines
        } else {
            return ""
        }
        guard location.line > 0, location.line <= lines.count else { return "" }
        let line = Array(lines[location.line - 1])
        let window = 100
        let caretIndex = max(0, min(location.column - 1, line.count))
        let start = caretIndex < window ? 0 : caretIndex - window / 2
        let end = min(line.count, start + window + (start == 0 ? window / 2 : 0))
        let lead = start > 0 ? "…" : ""
        let shown = lead + line[start..<end].map(Self.visible).joined() + (end < line.count ? "…" : "")
        // Keep tabs as tabs under the caret so it lines up with the quoted line in any terminal.
        let pad = (lead + line[start..<caretIndex].map(Self.visible).joined()).map { $0 == "\t" ? "\t" : " " }.joined()
        return "    \(shown)\n    \(pad)^\n"
    }
}
