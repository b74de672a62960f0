/// Quoted-printable encoding (RFC 2045 §6.7), line by line: the text's line ends become CRLF, every
/// encoded line is at most 76 characters, and an `=` at the end of a line marks a soft break.
enum QuotedPrintable {
    static let maximumLineLength = 76
    private static let hexDigits = Array("0123456789ABCDEF".utf8)
    private static let from = Array("From ".utf8)

    /// Appends the encoding of `text` to `output`.
    static func encode(_ text: String, into output: inout [UInt8]) {
        encode(Array(text.utf8), into: &output)
    }

    /// With `spaceStuffed`, each line that starts with a space or "From " is sent with one more space
    /// before it (RFC 3676 §4.4, for `format=flowed` text), which a reader removes.
    static func encode(_ bytes: [UInt8], into output: inout [UInt8], spaceStuffed: Bool = false) {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        // A text ending with a line end has no line after it.
        if lines.last?.isEmpty == true { lines.removeLast() }
        for line in lines {
            encodeLine(line, stuffed: spaceStuffed && (line.first == 0x20 || line.starts(with: from)), into: &output)
        }
    }

    /// Bytes that stand for themselves in the middle of a line: printable ASCII but `=`, and spaces
    /// and tabs.
    private static func isPlain(_ byte: UInt8) -> Bool {
        (0x20...0x7E).contains(byte) && byte != 0x3D || byte == 0x09
    }

    /// Encodes one line and its CRLF; `stuffed` puts a space before it.
    private static func encodeLine(_ line: ArraySlice<UInt8>, stuffed: Bool, into output: inout [UInt8]) {
        var lineLength = 0
        if stuffed {
            output.append(0x20)
            lineLength = 1
        }
        // "From " at the start of a line is mangled by some mail stores: its F is encoded.
        let startsWithFrom = !stuffed && line.starts(with: from)
        let last = line.endIndex - 1
        var index = line.startIndex
        while index < line.endIndex {
            // A run of bytes that stand for themselves and fit the line goes in at once (never the
            // line's last byte, whose encoding depends on its place).
            var runEnd = index
            let runLimit = min(last, index + (maximumLineLength - 1 - lineLength))
            if !(index == line.startIndex && startsWithFrom) {
                while runEnd < runLimit, isPlain(line[runEnd]) { runEnd += 1 }
            }
            if runEnd > index {
                output += line[index..<runEnd]
                lineLength += runEnd - index
                index = runEnd
                continue
            }
            let byte = line[index]
            let isLast = index == last
            let literal: Bool
            switch byte {
            // Spaces and tabs at the end of a line would be lost in transit; encode them there.
            case 0x20, 0x09: literal = !isLast
            case 0x46 where index == line.startIndex && startsWithFrom: literal = false
            default: literal = isPlain(byte) && byte != 0x20 && byte != 0x09
            }
            let width = literal ? 1 : 3
            // Leave room for the "=" of a soft break, unless this character ends the line.
            if lineLength + width > (isLast ? maximumLineLength : maximumLineLength - 1) {
                output.append(0x3D)
                output.append(0x0D)
                output.append(0x0A)
                lineLength = 0
            }
            if literal {
                output.append(byte)
            } else {
                output.append(0x3D)
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            }
            lineLength += width
            index += 1
        }
        output.append(0x0D)
        output.append(0x0A)
    }
}
