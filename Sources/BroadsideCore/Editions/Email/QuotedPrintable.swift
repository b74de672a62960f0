/// Quoted-printable encoding (RFC 2045 §6.7), line by line: the text's line ends become CRLF, every
/// encoded line is at most 76 characters, and an `=` at the end of a line marks a soft break.
enum QuotedPrintable {
    static let maximumLineLength = 76
    private static let hexDigits = Array("0123456789ABCDEF".utf8)
    private static let from = Array("From ".utf8)

    /// Appends the encoding of `text` to `output`, in one pass over its UTF-8 bytes.
    static func encode(_ text: String, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { encode($0, into: &output) }
    }

    /// With `spaceStuffed`, each line that starts with a space or "From " is sent with one more space
    /// before it (RFC 3676 §4.4, for `format=flowed` text), which a reader removes.
    static func encode(_ bytes: [UInt8], into output: inout [UInt8], spaceStuffed: Bool = false) {
        bytes.withUnsafeBufferPointer { encode($0, into: &output, spaceStuffed: spaceStuffed) }
    }

    private static func encode(
        _ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8], spaceStuffed: Bool = false
    ) {
        // A byte becomes at most three characters, four with the space that stuffs its line; a soft
        // break adds three for every 73 written; the last line's CRLF, two.
        let bound = bytes.count * 4 + bytes.count * 4 / (maximumLineLength - 3) * 3 + 8
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bound) { buffer in
            let written = hexDigits.withUnsafeBufferPointer { hex in
                var writer = Writer(output: buffer.baseAddress!, hex: hex.baseAddress!)
                var lineStart = 0
                while lineStart < bytes.count {
                    let lineEnd = bytes.firstIndex(of: 0x0A, from: lineStart) ?? bytes.count
                    let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                    writer.encodeLine(line, stuffed: spaceStuffed && (line.first == 0x20 || line.starts(with: from)))
                    lineStart = lineEnd + 1
                }
                return writer.count
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<written]))
        }
    }

    /// Bytes that stand for themselves anywhere in a line: printable ASCII but `=`. (Spaces and tabs do
    /// too, except at the end of a line.)
    private static let isPlain: [Bool] = (0...255).map { (0x21...0x7E).contains($0) && $0 != 0x3D }

    /// Writes encoded lines into memory already allocated for them.
    private struct Writer {
        let output: UnsafeMutablePointer<UInt8>
        let hex: UnsafePointer<UInt8>
        var count = 0

        /// Encodes one line; `stuffed` puts a space before it.
        mutating func encodeLine(_ bytes: UnsafeBufferPointer<UInt8>, stuffed: Bool) {
            var lineLength = 0
            if stuffed {
                put(0x20)
                lineLength = 1
            }
            // "From " at the start of a line is mangled by some mail stores: its F is encoded.
            let startsWithFrom = !stuffed && bytes.starts(with: from)
            let last = bytes.count - 1
            var index = 0
            QuotedPrintable.isPlain.withUnsafeBufferPointer { isPlain in
                while index < bytes.count {
                    // A run of plain bytes that fits the line, copied at once (never the line's last byte,
                    // which has a line of its own to fit).
                    let room = maximumLineLength - 1 - lineLength
                    let limit = min(last, index + room)
                    var end = plainWordsEnd(bytes, from: index, limit: limit)
                    while end < limit, isPlain[Int(bytes[end])] || bytes[end] == 0x20 || bytes[end] == 0x09 {
                        end += 1
                    }
                    if index == 0 && startsWithFrom { end = 0 }
                    if end > index {
                        (output + count).update(from: bytes.baseAddress! + index, count: end - index)
                        count += end - index
                        lineLength += end - index
                        index = end
                        continue
                    }
                    let byte = bytes[index]
                    let literal: Bool
                    switch byte {
                    // Spaces and tabs at the end of a line would be lost in transit; encode them there.
                    case 0x20, 0x09: literal = index != last
                    case 0x46 where index == 0 && startsWithFrom: literal = false
                    default: literal = isPlain[Int(byte)]
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
                    index += 1
                }
            }
            put(0x0D)
            put(0x0A)
        }

        /// How far from `start` (before `limit`) the bytes are printable ASCII or spaces, but no `=`, read
        /// eight at a time: most of a text is, and a byte at a time was most of the encoding's work. Stops
        /// before the first eight that are not all so; the caller goes on byte by byte from there.
        @inline(__always)
        private func plainWordsEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
            let raw = UnsafeRawPointer(bytes.baseAddress!)
            let equals = WordBytes.everyByte(UInt8(ascii: "="))
            var end = start
            while end + 8 <= limit {
                let word = raw.loadUnaligned(fromByteOffset: end, as: UInt64.self)
                // A byte below 1 in the word xor "=" everywhere is an "=".
                if WordBytes.hasByte(below: 0x20, in: word) || WordBytes.hasByte(above: 0x7E, in: word)
                    || WordBytes.hasByte(below: 0x01, in: word ^ equals)
                {
                    break
                }
                end += 8
            }
            return end
        }

        private mutating func put(_ byte: UInt8) {
            output[count] = byte
            count += 1
        }
    }
}
