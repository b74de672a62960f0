import FoundationEssentials

/// Diagnostics as JSON, for editors: an array of objects with `severity`, `message`, `file`, `line`,
/// `column` and `notes` (each with `message` and, where it points elsewhere, its own place).
/// Lines and columns count from 1, as in the text form; a diagnostic about the whole file is at 1:1.
public enum DiagnosticJSON {
    struct Entry: Encodable {
        var severity: String
        var message: String
        var file: String
        var line: Int
        var column: Int
        var notes: [NoteEntry]
    }

    struct NoteEntry: Encodable {
        var message: String
        var file: String
        var line: Int
        var column: Int
    }

    public static func encode(_ diagnostics: [Diagnostic]) -> String {
        let entries = diagnostics.map { diagnostic in
            Entry(
                severity: diagnostic.severity.rawValue, message: diagnostic.message, file: diagnostic.location.file,
                line: max(1, diagnostic.location.line), column: max(1, diagnostic.location.column),
                notes: diagnostic.notes.map { note in
                    let place = note.location ?? diagnostic.location
                    return NoteEntry(
                        message: note.message, file: place.file, line: max(1, place.line), column: max(1, place.column))
                })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(entries)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
