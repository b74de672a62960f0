/// Eight bytes read as one word, to test them all at once: the text layout and the quoted-printable
/// encoder look at megabytes of mostly plain ASCII. A mask has the high bit of each byte that answers.
enum WordBytes {
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// `byte` in each of the eight bytes.
    @inline(__always) static func everyByte(_ byte: UInt8) -> UInt64 {
        0x0101_0101_0101_0101 &* UInt64(byte)
    }

    /// The high bit of each byte of `word` that is zero, and no other bit: exact, since no sum carries
    /// from one byte into the next.
    @inline(__always) static func zeroBytes(_ word: UInt64) -> UInt64 {
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & lows) &+ lows) | word | lows)
    }

    /// Whether any byte of `word` is below `limit` (at most 0x80). The borrows may mark a wrong byte,
    /// but only in a word that has a byte below the limit.
    @inline(__always) static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- everyByte(limit)) & ~word & highBits != 0
    }

    /// Whether any byte of `word` is above `limit` (below 0x80). A carry may mark a wrong byte, but only
    /// after a byte of 0x80 or more, which is marked itself.
    @inline(__always) static func hasByte(above limit: UInt8, in word: UInt64) -> Bool {
        ((word &+ everyByte(0x7F - limit)) | word) & highBits != 0
    }
}
