/// Quoted-printable encoding (RFC 2045 §6.7), line by line: the text's line ends become CRLF, every
/// encoded line is at most 76 characters, and an `=` at the end of a line marks a soft break.
enum QuotedPrintable {
    static let maximumLineLength = 76
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Appends the encoding of `text` to `output`, in one pass over its UTF-8 bytes.
    static func encode(_ text: String, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            output.reserveCapacity(output.count + bytes.count + bytes.count / 8 + 64)
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                encodeLine(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), into: &output)
                lineStart = lineEnd + 1
            }
        }
    }

    private static func encodeLine(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var lineLength = 0
        let startsWithFrom = bytes.starts(with: [0x46, 0x72, 0x6F, 0x6D, 0x20])  // "From "
        let last = bytes.count - 1
        for index in 0..<bytes.count {
            let byte = bytes[index]
            let literal: Bool
            switch byte {
            // Spaces and tabs at the end of a line would be lost in transit; encode them there.
            case 0x20, 0x09: literal = index != last
            // "From " at the start of a line is mangled by some mail stores: encode its F.
            case 0x46 where index == 0 && startsWithFrom: literal = false
            case 0x21...0x7E: literal = byte != 0x3D
            default: literal = false
            }
            let width = literal ? 1 : 3
            // Leave room for the "=" of a soft break, unless this character ends the line.
            if lineLength + width > (index == last ? maximumLineLength : maximumLineLength - 1) {
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
        }
        output.append(0x0D)
        output.append(0x0A)
    }
}
