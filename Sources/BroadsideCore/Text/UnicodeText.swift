import CPangoCairo

/// What the text editions need to know of Unicode, from the libraries that know it: how many columns
/// a character takes on a terminal or in a mail program's fixed-width font (GLib's East Asian Width
/// data, UAX #11), and where a line may break in text written without spaces (Pango's UAX #14 break
/// iterator).
enum UnicodeText {
    /// Columns `scalar` takes: 2 for wide and fullwidth characters (Chinese, Japanese, Korean), 0 for
    /// combining marks and other zero-width characters, 1 for the rest.
    static func columns(_ scalar: UInt32) -> Int {
        if scalar < 0x300 { return scalar < 0x20 ? 0 : 1 }
        if g_unichar_iszerowidth(scalar) != 0 { return 0 }
        return g_unichar_iswide(scalar) != 0 ? 2 : 1
    }

    /// Columns the UTF-8 bytes take: one a byte for printable ASCII, which most text is.
    static func columns(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var plain = true
        for byte in bytes where byte >= 0x80 || byte < 0x20 {
            plain = false
            break
        }
        return plain ? bytes.count : columns(decoding: bytes)
    }

    /// Columns the UTF-8 bytes take.
    static func columns<Bytes: Collection<UInt8>>(of bytes: Bytes) -> Int {
        columns(decoding: bytes)
    }

    private static func columns<Bytes: Collection<UInt8>>(decoding bytes: Bytes) -> Int {
        var total = 0
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let (scalar, length) = decode(bytes, at: index)
            total += columns(scalar)
            index = bytes.index(index, offsetBy: length, limitedBy: bytes.endIndex) ?? bytes.endIndex
        }
        return total
    }

    /// The scalar starting at `index` and its length in bytes (a stray continuation byte is one byte, as
    /// a replacement character would be).
    static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes, at index: Bytes.Index) -> (UInt32, Int) {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard length > 1 else { return (lead < 0x80 ? UInt32(lead) : 0xFFFD, 1) }
        var scalar = UInt32(lead) & (0xFF >> (length + 1))
        var position = bytes.index(after: index)
        for _ in 1..<length {
            guard position != bytes.endIndex, bytes[position] & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            scalar = scalar << 6 | UInt32(bytes[position] & 0x3F)
            position = bytes.index(after: position)
        }
        return (scalar, length)
    }

    /// Whether Pango is asked about `text` at all: only text in a script written without spaces
    /// (Chinese, Japanese, Korean, Thai, Lao, Khmer, Myanmar, Yi, fullwidth forms) has breaks that are
    /// not at spaces; elsewhere (curly quotes and dashes included) lines break at spaces alone.
    static func mayBreakBetweenLetters(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < utf8.count {
            guard utf8[index] >= 0xE0 else {
                index += 1
                continue
            }
            let (scalar, length) = decode(utf8, at: index)
            switch scalar {
            case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF, 0x2E80...0x9FFF, 0xA000...0xD7FF,
                0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x3FFFF:
                return true
            default:
                index += length
            }
        }
        return false
    }

    /// The byte offsets in `utf8` before which UAX #14 allows a line break that is not after a space
    /// (breaks after spaces the layout finds itself), in order.
    static func breaksBetweenLetters(_ utf8: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard mayBreakBetweenLetters(utf8), utf8.count < Int(Int32.max) else { return [] }
        var scalarStarts: [Int] = []
        var index = 0
        while index < utf8.count {
            scalarStarts.append(index)
            index += decode(utf8, at: index).1
        }
        var attributes = [PangoLogAttr](repeating: PangoLogAttr(), count: scalarStarts.count + 1)
        utf8.withMemoryRebound(to: CChar.self) { text in
            pango_get_log_attrs(
                text.baseAddress, Int32(utf8.count), -1, pango_language_from_string("und"), &attributes,
                Int32(attributes.count))
        }
        var breaks: [Int] = []
        for (position, start) in scalarStarts.enumerated().dropFirst() where attributes[position].is_line_break != 0 {
            let previous = utf8[scalarStarts[position - 1]]
            if previous != 0x20 && previous != 0x0A { breaks.append(start) }
        }
        return breaks
    }
}
