/// One line of the source, measured: its number, its indentation and what follows it.
struct SourceLine {
    let number: Int
    let text: Substring
    /// Leading spaces and tabs, a character each.
    let indent: Int
    /// The indentation as the levels count it: a tab is reported as an error, and read as 2 spaces
    /// (one level) so that the rest of the file is still checked.
    let levelIndent: Int
    /// The text after the indentation, without trailing spaces.
    let content: Substring
    /// The column (in characters, from 1) of the first tab in the indentation, if any.
    let tabColumn: Int?

    init(number: Int, text: Substring) {
        self.number = number
        self.text = text
        var indent = 0
        var levelIndent = 0
        var tabColumn: Int?
        var index = text.startIndex
        while index < text.endIndex, text[index] == " " || text[index] == "\t" {
            if text[index] == "\t" {
                if tabColumn == nil { tabColumn = indent + 1 }
                levelIndent += 2
            } else {
                levelIndent += 1
            }
            indent += 1
            index = text.index(after: index)
        }
        self.indent = indent
        self.levelIndent = levelIndent
        self.tabColumn = tabColumn
        var end = text.endIndex
        while end > index, text[text.index(before: end)] == " " || text[text.index(before: end)] == "\t" {
            end = text.index(before: end)
        }
        self.content = text[index..<end]
    }

    var isBlank: Bool { content.isEmpty }

    /// The column, in Unicode characters from 1, of a position in the line.
    func column(of position: Substring.Index) -> Int {
        text.unicodeScalars[text.startIndex..<position].count + 1
    }

    /// The column of the start of the line's content.
    var contentColumn: Int { indent + 1 }

    /// The line with up to `count` leading spaces removed; a shorter indent on a blank line is fine.
    func dropping(indent count: Int) -> Substring {
        var index = text.startIndex
        var dropped = 0
        while dropped < count, index < text.endIndex, text[index] == " " || text[index] == "\t" {
            index = text.index(after: index)
            dropped += 1
        }
        return text[index...]
    }

    /// Splits `key: value` at the first colon when what comes before it reads as a key
    /// (letters, spaces and hyphens, starting with a letter). Returns nil for any other line.
    func keyValue() -> (key: Substring, value: Substring, valueStart: Substring.Index)? {
        guard let colon = content.firstIndex(of: ":") else { return nil }
        let key = content[content.startIndex..<colon]
        guard let first = key.first, first.isLetter,
            key.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" })
        else { return nil }
        var valueStart = content.index(after: colon)
        while valueStart < content.endIndex, content[valueStart] == " " { valueStart = content.index(after: valueStart) }
        return (key, content[valueStart...], valueStart)
    }
}

extension Substring {
    /// The text lowercased with runs of spaces folded to one, for comparing keys as people type them.
    var normalizedKey: String {
        split(separator: " ").joined(separator: " ").lowercased()
    }
}
