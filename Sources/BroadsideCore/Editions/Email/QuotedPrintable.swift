/// Quoted-printable encoding (RFC 2045 §6.7), line by line: the text's line ends become CRLF, every
/// encoded line is at most 76 characters, and an `=` at the end of a line marks a soft break.
enum QuotedPrintable {
    static let maximumLineLength = 76

    static func encode(_ text: String) -> String {
        var output = ""
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        for line in lines {
            output += encodeLine(Array(line.utf8))
            output += "\r\n"
        }
        return output
    }

    private static func encodeLine(_ bytes: [UInt8]) -> String {
        var output = ""
        var lineLength = 0
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            var token: String
            switch byte {
            case 0x20, 0x09:
                // Spaces and tabs at the end of a line would be lost in transit; encode them there.
                token = isLast ? hex(byte) : String(UnicodeScalar(byte))
            case 0x21...0x7E where byte != 0x3D:
                token = String(UnicodeScalar(byte))
            default:
                token = hex(byte)
            }
            // "From " at the start of a line is mangled by some mail stores: encode its F.
            if lineLength == 0 && byte == 0x46 && bytes[index...].starts(with: Array("From ".utf8)) {
                token = hex(byte)
            }
            // Leave room for the "=" of a soft break, unless this token ends the line.
            let room = isLast ? maximumLineLength : maximumLineLength - 1
            if lineLength + token.count > room {
                output += "=\r\n"
                lineLength = 0
            }
            output += token
            lineLength += token.count
        }
        return output
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "=" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }
}
