import Testing

@testable import BroadsideCore

/// The fingerprint behind the message's Message-ID and boundary: the same bytes, the same value; any
/// change to the bytes, or to how they were split into parts, another.
@Suite("Content hash")
struct ContentHashTests {
    static func hex(_ parts: [[UInt8]]) -> String {
        var hash = ContentHash()
        for part in parts { hash.add(part) }
        return hash.hex
    }

    @Test("32 hex digits, the same for the same parts")
    func stable() {
        let bytes = Array("The same message, written twice.".utf8)
        #expect(Self.hex([bytes]) == Self.hex([bytes]))
        #expect(Self.hex([bytes]).count == 32)
        #expect(Self.hex([bytes]).allSatisfy { "0123456789abcdef".contains($0) })
        #expect(Self.hex([]) != Self.hex([[]]))
    }

    @Test("changing any one byte changes the value")
    func everyByteCounts() {
        var generator = SeededGenerator(seed: 0xB05)
        for length in [1, 7, 8, 31, 32, 33, 100, 257] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let original = Self.hex([bytes])
            for position in 0..<length {
                var changed = bytes
                changed[position] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &generator)
                #expect(Self.hex([changed]) != original, "seed 0xB05: length \(length), byte \(position)")
            }
        }
    }

    @Test("the same bytes split into parts differently give different values")
    func partsCount() {
        let bytes = Array(String(repeating: "abcdefgh", count: 9).utf8)
        let whole = Self.hex([bytes])
        var seen: Set<String> = [whole]
        for split in 1..<bytes.count {
            let value = Self.hex([Array(bytes[..<split]), Array(bytes[split...])])
            #expect(!seen.contains(value), "split at \(split)")
            seen.insert(value)
        }
    }
}
