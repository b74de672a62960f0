import Testing

@testable import BroadsideCore

@Suite("Source text validation")
struct SourceTextValidationTests {
    static func standard(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) }
    }

    static func ours(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { SourceText.validatedText($0) }
    }

    @Test("valid and invalid sequences are judged as the standard library judges them")
    func fixedSequences() {
        let cases: [[UInt8]] = [
            [], Array("plain ASCII, longer than eight bytes\n".utf8), Array("Don’t stop — café 😀\n".utf8),
            [0xC3], [0xC3, 0x28], [0xE2, 0x80], [0xE2, 0x80, 0x99], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xF0, 0x8F, 0xBF, 0xBF], [0x80], [0xFF], [0x61, 0xE2, 0x80, 0x0A, 0x99],
            Array("a’b’c’".utf8) + [0xE2], Array("12345678’".utf8),
        ]
        for bytes in cases {
            #expect(Self.ours(bytes) == Self.standard(bytes), "\(bytes)")
        }
    }

    @Test("random bytes, mostly ASCII with characters and broken sequences among them")
    func randomBytes() {
        let pieces: [[UInt8]] = [
            Array("word ".utf8), [0x0A], Array("’".utf8), Array("é".utf8), Array("😀".utf8), [0xE2, 0x80], [0x80],
            [0xC3], [0xF4, 0x90], Array("0123456789abcdef".utf8), [0xED, 0xBF, 0xBF], [0xEF, 0xBF, 0xBF],
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let bytes = (0..<Int.random(in: 0...20, using: &generator)).flatMap { _ in
                pieces.randomElement(using: &generator)!
            }
            #expect(Self.ours(bytes) == Self.standard(bytes), "\(bytes)")
        }
    }
}
