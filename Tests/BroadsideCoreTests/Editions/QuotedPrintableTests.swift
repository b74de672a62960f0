import Testing

@testable import BroadsideCore

/// The encoder copies runs of plain bytes eight at a time. These tests hold it to the rules of
/// RFC 2045 §6.7 applied one byte at a time (`reference`), and check that what it writes decodes back.
@Suite("Quoted-printable encoding")
struct QuotedPrintableTests {
    /// The encoding, one byte at a time, by the rules the email follows: printable ASCII but `=` as it
    /// is, a space or tab as it is except at a line's end, a line's leading "From " with its F encoded
    /// (or, space-stuffed, the line moved over by a space), soft breaks to keep lines to 76 characters.
    static func reference(_ text: [UInt8], spaceStuffed: Bool) -> [UInt8] {
        if text.isEmpty { return [] }
        var output: [UInt8] = []
        let hex = Array("0123456789ABCDEF".utf8)
        let from = Array("From ".utf8)
        var lines = text.split(separator: 0x0A, omittingEmptySubsequences: false)
        if text.last == 0x0A { lines.removeLast() }
        for line in lines.map(Array.init) {
            let stuffed = spaceStuffed && (line.first == 0x20 || line.starts(with: from))
            let startsWithFrom = !stuffed && line.starts(with: from)
            var length = 0
            if stuffed {
                output.append(0x20)
                length = 1
            }
            for (index, byte) in line.enumerated() {
                let isLast = index == line.count - 1
                let literal: Bool
                if byte == 0x20 || byte == 0x09 {
                    literal = !isLast
                } else if index == 0 && startsWithFrom {
                    literal = false
                } else {
                    literal = (0x21...0x7E).contains(byte) && byte != 0x3D
                }
                let width = literal ? 1 : 3
                if length + width > (isLast ? 76 : 75) {
                    output += [0x3D, 0x0D, 0x0A]
                    length = 0
                }
                output += literal ? [byte] : [0x3D, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
                length += width
            }
            output += [0x0D, 0x0A]
        }
        return output
    }

    static func decode(_ encoded: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        func value(_ digit: UInt8) -> UInt8 { digit <= 0x39 ? digit - 0x30 : digit - 0x41 + 10 }
        while index < encoded.count {
            let byte = encoded[index]
            if byte == 0x3D && encoded[index + 1] == 0x0D {
                index += 3
            } else if byte == 0x3D {
                output.append(value(encoded[index + 1]) << 4 | value(encoded[index + 2]))
                index += 3
            } else if byte == 0x0D {
                output.append(0x0A)
                index += 2
            } else {
                output.append(byte)
                index += 1
            }
        }
        return output
    }

    /// Lines mixing long plain stretches (which the eight-byte path copies) with everything that stops
    /// it: `=`, tabs, control bytes, DEL, non-ASCII letters, trailing spaces, "From " at a line's start.
    static func randomText(using generator: inout some RandomNumberGenerator) -> [UInt8] {
        let pieces: [[UInt8]] = [
            Array("plain words in a row ".utf8), Array("0123456789abcdefghij".utf8), [0x3D], [0x09], [0x20],
            [0x20, 0x20], [0x7F], [0x01], Array("é".utf8), Array("—".utf8), Array("From ".utf8), [0x0A],
            Array("x=y".utf8), Array(repeating: 0x61, count: 70),
        ]
        var text: [UInt8] = []
        for _ in 0..<Int.random(in: 0...40, using: &generator) {
            text += pieces.randomElement(using: &generator)!
        }
        return text
    }

    @Test("the encoding is the byte-at-a-time one, and decodes back, for random text")
    func matchesReference() {
        var generator = SeededGenerator(seed: 0xB05)
        for _ in 0..<3000 {
            let text = Self.randomText(using: &generator)
            let shown = String(decoding: text, as: UTF8.self).debugDescription
            for stuffed in [false, true] {
                var encoded: [UInt8] = []
                QuotedPrintable.encode(text, into: &encoded, spaceStuffed: stuffed)
                #expect(encoded == Self.reference(text, spaceStuffed: stuffed), "seed 0xB05: \(shown)")
                if !stuffed {
                    var expected = text
                    if !expected.isEmpty && expected.last != 0x0A { expected.append(0x0A) }
                    #expect(Self.decode(encoded) == expected, "\(shown)")
                }
                for line in encoded.split(separator: 0x0A) { #expect(line.count <= 77) }
            }
        }
    }

    @Test("a plain stretch is broken softly at 76 characters, and an `=` just past eight bytes is encoded")
    func knownLines() {
        var encoded: [UInt8] = []
        QuotedPrintable.encode(Array((String(repeating: "a", count: 80) + "\n12345678=9\n").utf8), into: &encoded)
        let expected = String(repeating: "a", count: 75) + "=\r\n" + "aaaaa\r\n12345678=3D9\r\n"
        #expect(String(decoding: encoded, as: UTF8.self) == expected)
    }
}
