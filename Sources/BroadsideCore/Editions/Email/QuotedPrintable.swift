/// Quoted-printable encoding (RFC 2045 §6.7), line by line: the text's line ends become CRLF, every
/// encoded line is at most 76 characters, and an `=` at the end of a line marks a soft break.
enum QuotedPrintable {
    static let maximumLineLength = 76
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Appends the encoding of `text` to `output`, in one pass over its UTF-8 bytes.
    static func encode(_ text: String, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { encode($0, into: &output) }
    }

    static func encode(_ bytes: [UInt8], into output: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { encode($0, into: &output) }
    }

    private static func encode(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        // At most three characters a byte, plus a soft break every 73 and a CRLF a line.
        let bound = bytes.count * 3 + (bytes.count * 3) / (maximumLineLength - 3) * 3 + 2 * (lineCount(bytes) + 1)
        let start = output.count
        output.append(contentsOf: repeatElement(0, count: bound))
        let written = output.withUnsafeMutableBufferPointer { buffer in
            hexDigits.withUnsafeBufferPointer { hex in
                var writer = Writer(output: buffer.baseAddress! + start, hex: hex.baseAddress!)
                var lineStart = 0
                while lineStart < bytes.count {
                    var lineEnd = lineStart
                    while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                    writer.encodeLine(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]))
                    lineStart = lineEnd + 1
                }
                return writer.count
            }
        }
        output.removeLast(bound - written)
    }

    private static func lineCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte == 0x0A { count += 1 }
        return count
    }

    /// Writes encoded lines into memory already allocated for them.
    private struct Writer {
        let output: UnsafeMutablePointer<UInt8>
        let hex: UnsafePointer<UInt8>
        var count = 0

        mutating func encodeLine(_ bytes: UnsafeBufferPointer<UInt8>) {
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
                    put(0x3D)
                    put(0x0D)
                    put(0x0A)
                    lineLength = 0
                }
                if literal {
                    put(byte)
                } else {
                    put(0x3D)
                    put(hex[Int(byte >> 4)])
                    put(hex[Int(byte & 0x0F)])
                }
                lineLength += width
            }
            put(0x0D)
            put(0x0A)
        }

        private mutating func put(_ byte: UInt8) {
            output[count] = byte
            count += 1
        }
    }
}
