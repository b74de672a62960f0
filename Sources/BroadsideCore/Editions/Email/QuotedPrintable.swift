/// Quoted-printable encoding (RFC 2045 §6.7), line by line: the text's line ends become CRLF, every
/// encoded line is at most 76 characters, and an `=` at the end of a line marks a soft break.
enum QuotedPrintable {
    static let maximumLineLength = 76
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    static func encode(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count * 11 / 10 + 64)
        var line: [UInt8] = []
        for byte in text.utf8 {
            if byte == 0x0A {
                encodeLine(line, into: &output)
                line.removeAll(keepingCapacity: true)
            } else {
                line.append(byte)
            }
        }
        if !line.isEmpty { encodeLine(line, into: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    private static func encodeLine(_ bytes: [UInt8], into output: inout [UInt8]) {
        var lineLength = 0
        let startsWithFrom = bytes.starts(with: [0x46, 0x72, 0x6F, 0x6D, 0x20])  // "From "
        for index in bytes.indices {
            let byte = bytes[index]
            let isLast = index == bytes.count - 1
            let literal: Bool
            switch byte {
            // Spaces and tabs at the end of a line would be lost in transit; encode them there.
            case 0x20, 0x09: literal = !isLast
            // "From " at the start of a line is mangled by some mail stores: encode its F.
            case 0x46 where index == 0 && startsWithFrom: literal = false
            case 0x21...0x7E: literal = byte != 0x3D
            default: literal = false
            }
            let width = literal ? 1 : 3
            // Leave room for the "=" of a soft break, unless this character ends the line.
            if lineLength + width > (isLast ? maximumLineLength : maximumLineLength - 1) {
                output.append(contentsOf: [0x3D, 0x0D, 0x0A])
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
        output.append(contentsOf: [0x0D, 0x0A])
    }
}
