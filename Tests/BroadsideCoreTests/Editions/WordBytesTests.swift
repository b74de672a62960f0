import Testing

@testable import BroadsideCore

/// The eight-bytes-at-a-time tests the text layout and the quoted-printable encoder rely on, held to
/// the same questions asked of each byte.
@Suite("Word bytes")
struct WordBytesTests {
    static func bytes(of word: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * UInt64($0))) }
    }

    /// Words that mix the bytes at every edge the tests have: 0, 0x01, 0x0A, 0x1F/0x20, 0x3D, 0x7E/0x7F,
    /// 0x80, 0xFF, and plain letters.
    static func randomWord(using generator: inout some RandomNumberGenerator) -> UInt64 {
        let edges: [UInt8] = [0x00, 0x01, 0x0A, 0x1F, 0x20, 0x21, 0x3C, 0x3D, 0x3E, 0x61, 0x7E, 0x7F, 0x80, 0xC3, 0xFF]
        var word: UInt64 = 0
        for index in 0..<8 {
            let byte =
                Bool.random(using: &generator)
                ? edges.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
            word |= UInt64(byte) << (8 * UInt64(index))
        }
        return word
    }

    @Test("zeroBytes marks exactly the zero bytes; hasByte(below:) and hasByte(above:) answer for the word")
    func matchesByteByByte() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200_000 {
            let word = Self.randomWord(using: &generator)
            let bytes = Self.bytes(of: word)
            let zeros = bytes.enumerated().reduce(UInt64(0)) { mask, entry in
                entry.element == 0 ? mask | UInt64(0x80) << (8 * UInt64(entry.offset)) : mask
            }
            #expect(WordBytes.zeroBytes(word) == zeros)
            for limit: UInt8 in [0x01, 0x20, 0x80] {
                #expect(WordBytes.hasByte(below: limit, in: word) == bytes.contains { $0 < limit })
            }
            for limit: UInt8 in [0x00, 0x7E, 0x7F] {
                #expect(WordBytes.hasByte(above: limit, in: word) == bytes.contains { $0 > limit })
            }
        }
    }
}
