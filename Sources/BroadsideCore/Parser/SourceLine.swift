/// One line of the source, measured: its number, its indentation and what follows it. All scanning is
/// on UTF-8 bytes (the characters that matter here are ASCII), which keeps large sources fast.
struct SourceLine {
    let number: Int
    let text: Substring
    /// Leading spaces and tabs, a character each (and non-breaking spaces, an error of their own that
    /// is read as indentation, so that one pasted space is one error).
    let indent: Int
    /// The indentation as the levels count it: a tab is reported as an error, and read as 2 spaces
    /// (one level) so that the rest of the file is still checked.
    let levelIndent: Int
    /// Where the content lies in the line's UTF-8 bytes.
    private let contentBytes: Range<Int>
    /// The column (in characters, from 1) of the first tab in the indentation, if any.
    let tabColumn: Int?

    init(number: Int, text: Substring) {
        self.number = number
        self.text = text
        let measured = Self.measure(text.utf8)
        indent = measured.indent
        levelIndent = measured.levelIndent
        tabColumn = measured.tabColumn
        contentBytes = measured.content
    }

    /// The text after the indentation, without trailing spaces. Made when asked for: most lines of a
    /// source are section text, and only their indentation is needed.
    var content: Substring { text.utf8Slice(contentBytes) }

    /// The indentation of a line's bytes, and where its content (without trailing spaces) lies.
    private static func measure(_ bytes: Substring.UTF8View)
        -> (indent: Int, levelIndent: Int, tabColumn: Int?, content: Range<Int>)
    {
        var indent = 0
        var indentBytes = 0
        var levelIndent = 0
        var tabColumn: Int?
        var inIndent = true
        var offset = 0
        var contentEnd = 0
        var pending = 0  // bytes of a non-breaking space still to pass
        for byte in bytes {
            defer { offset += 1 }
            if pending > 0 {
                pending -= 1
                if pending == 0 { indentBytes = offset + 1 }
                continue
            }
            let isBlank = byte == 0x20 || byte == 0x09
            if inIndent && isBlank {
                if byte == 0x09 {
                    if tabColumn == nil { tabColumn = indent + 1 }
                    levelIndent += 2
                } else {
                    levelIndent += 1
                }
                indent += 1
                indentBytes = offset + 1
                continue
            }
            // U+00A0 (C2 A0) and U+3000 (E3 80 80) in the indentation count as a space each.
            if inIndent && (byte == 0xC2 || byte == 0xE3), let width = nonBreakingSpaceWidth(bytes, at: offset) {
                indent += 1
                levelIndent += 1
                pending = width - 1
                continue
            }
            inIndent = false
            if !isBlank { contentEnd = offset + 1 }
        }
        return (indent, levelIndent, tabColumn, indentBytes..<max(indentBytes, contentEnd))
    }

    /// The length in bytes of the non-breaking space at `offset`, or nil when there is none there.
    private static func nonBreakingSpaceWidth(_ bytes: Substring.UTF8View, at offset: Int) -> Int? {
        let rest = bytes.dropFirst(offset)
        if rest.starts(with: [0xC2, 0xA0]) { return 2 }
        if rest.starts(with: [0xE3, 0x80, 0x80]) { return 3 }
        return nil
    }

    var isBlank: Bool { contentBytes.isEmpty }

    /// Whether the line is a comment for the staff: `#` first, indented less than a section's text
    /// (4 spaces), where a `#` can never be Markdown's heading.
    var isComment: Bool { indent < 4 && content.utf8.first == UInt8(ascii: "#") }

    /// The column, in Unicode characters from 1, of a position in the line.
    func column(of position: Substring.Index) -> Int {
        text.unicodeScalars[text.startIndex..<position].count + 1
    }

    /// The column of the start of the line's content.
    var contentColumn: Int { indent + 1 }

    /// The line with up to `count` leading spaces (or tabs) removed; a shorter indent on a blank line is fine.
    func dropping(indent count: Int) -> Substring {
        // Most indentation is spaces, a byte each; a non-breaking space takes more.
        if count >= indent { return text.utf8Slice(contentBytes.lowerBound..<text.utf8.count) }
        return Substring(text.unicodeScalars.dropFirst(count))
    }

    /// Splits `key: value` at the first colon when what comes before it reads as a key (letters,
    /// spaces and hyphens, starting with a letter, at most `maximumKeyLength` bytes). Letters outside
    /// ASCII are taken as they come: keys are then compared with the known ones, which are all ASCII.
    /// Returns nil for any other line.
    func keyValue(maximumKeyLength: Int = 200) -> (key: Substring, value: Substring, valueStart: Substring.Index)? {
        let content = content
        guard let first = content.utf8.first, Self.isLetter(first) || first >= 0x80,
            let offsets = Self.keyValueOffsets(content.utf8, maximumKeyLength: maximumKeyLength)
        else { return nil }
        let found = (first: first, colon: offsets.colon, valueStart: offsets.valueStart)
        if found.first >= 0x80, content.first?.isLetter != true { return nil }
        let valueIndex = content.utf8.index(content.startIndex, offsetBy: found.valueStart)
        return (content.utf8Slice(0..<found.colon), content[valueIndex...], valueIndex)
    }

    /// Where the colon after a key is in `bytes`, and where the value starts after it (past its spaces).
    private static func keyValueOffsets(_ bytes: Substring.UTF8View, maximumKeyLength: Int) -> (
        colon: Int, valueStart: Int
    )? {
        var colon: Int?
        for (offset, byte) in bytes.enumerated() {
            if byte == 0x3A {
                colon = offset
                break
            }
            guard offset < maximumKeyLength, isLetter(byte) || byte == 0x20 || byte == 0x2D || byte >= 0x80 else {
                return nil
            }
        }
        guard let colon else { return nil }
        var valueStart = colon + 1
        for byte in bytes.dropFirst(valueStart) {
            guard byte == 0x20 else { break }
            valueStart += 1
        }
        return (colon, valueStart)
    }

    /// The content split at its first space, as `content.split(separator: " ", maxSplits: 1)` splits it.
    var firstWordAndRest: [Substring] {
        content.splitOnce(at: 0x20, omittingEmptySubsequences: true)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}

extension Substring {
    /// The part of the text between two UTF-8 offsets, which fall between characters. Moving an index
    /// by a byte count is constant time in a native string.
    func utf8Slice(_ offsets: Range<Int>) -> Substring {
        self[
            utf8.index(startIndex, offsetBy: offsets.lowerBound)..<utf8.index(startIndex, offsetBy: offsets.upperBound)]
    }

    /// The text split at its first `separator` (an ASCII character), as `split(separator:maxSplits: 1,
    /// omittingEmptySubsequences:)` splits it.
    func splitOnce(at separator: UInt8, omittingEmptySubsequences: Bool) -> [Substring] {
        split(
            separator: Character(Unicode.Scalar(separator)), maxSplits: 1,
            omittingEmptySubsequences: omittingEmptySubsequences)
    }

    /// The text lowercased with runs of spaces folded to one, for comparing keys as people type them.
    var normalizedKey: String {
        // Most keys are written as they are known: lowercase, one space between words.
        var isPlain = utf8.first != 0x20 && utf8.last != 0x20
        var previous: UInt8 = 0
        for byte in utf8 where isPlain {
            isPlain = (0x61...0x7A).contains(byte) || byte == 0x2D || (byte == 0x20 && previous != 0x20)
            previous = byte
        }
        if isPlain { return String(self) }
        return split(separator: " ").joined(separator: " ").lowercased()
    }
}
