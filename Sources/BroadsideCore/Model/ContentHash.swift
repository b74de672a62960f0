/// A stable fingerprint of some text (a message, for its Message-ID and MIME boundary; a section, for
/// its translations to record): 32 hex digits from two 64-bit FNV-1a hashes with different starting
/// values. Not for security; only the same bytes give the same value.
struct ContentHash {
    private var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private var second: UInt64 = 0x6c62_272e_07bb_0142

    mutating func add(_ bytes: [UInt8]) {
        for byte in bytes {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        // The length ends each addition, so that ("ab", "c") and ("a", "bc") differ.
        for shift in stride(from: 0, to: 64, by: 8) {
            second = (second ^ UInt64(bytes.count >> shift & 0xFF)) &* 0x0000_0100_0000_01B3
        }
    }

    var hex: String {
        [first, second].map { value in
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }
}
