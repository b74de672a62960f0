/// Writing header fields (RFC 5322) that any mail program reads: words outside ASCII as RFC 2047
/// encoded-words, long fields folded so that no line passes 78 characters, dates in the fixed form.
enum MailHeaders {
    static let maximumLineLength = 78

    /// `Name: value`, folded at spaces; a value with anything outside printable ASCII is sent as
    /// base64 encoded-words, each a whole number of characters.
    static func field(_ name: String, _ value: String) -> String {
        let words = isPlainASCII(value) ? value.split(separator: " ").map(String.init) : encodedWords(value)
        return fold(name + ":", words)
    }

    /// A mailbox: `Name <address>`, the name quoted or encoded as it needs.
    static func mailbox(_ mailbox: Mailbox) -> [String] {
        guard let name = mailbox.name else { return [mailbox.address] }
        let nameWords: [String]
        if !isPlainASCII(name) {
            nameWords = encodedWords(name)
        } else if name.contains(where: { "()<>[]:;@\\,.\"".contains($0) }) {
            nameWords = [
                "\"" + name.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
                    + "\""
            ]
        } else {
            nameWords = name.split(separator: " ").map(String.init)
        }
        return nameWords + ["<\(mailbox.address)>"]
    }

    static func mailboxField(_ name: String, _ value: Mailbox) -> String {
        fold(name + ":", mailbox(value))
    }

    /// Joins `words` after `start` with spaces, starting a new (indented) line before a word that would
    /// pass the limit. Lines end with CRLF.
    static func fold(_ start: String, _ words: [String]) -> String {
        var output = start
        var lineLength = start.utf8.count
        for word in words {
            // A word never moves off the field's first line, which must hold it after the name.
            if lineLength + 1 + word.utf8.count > maximumLineLength && output.count > start.count {
                output += "\r\n"
                lineLength = 0
            }
            output += " " + word
            lineLength += 1 + word.utf8.count
        }
        return output + "\r\n"
    }

    static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// `=?utf-8?B?…?=` words of at most 36 bytes of text each (48 characters of base64, 60 in all, so
    /// that one fits on a line after any field name), never splitting a character between two words.
    static func encodedWords(_ text: String) -> [String] {
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 36 {
                words.append("=?utf-8?B?\(Base64.encode(chunk))?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?utf-8?B?\(Base64.encode(chunk))?=") }
        return words
    }

    /// A date in the form RFC 5322 requires, in UTC: `Thu, 01 Jan 1970 00:00:00 +0000`.
    static func date(secondsSince1970 seconds: Int) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
        let weekday = weekdays[((days % 7) + 7) % 7]
        // Civil date from a day count (Howard Hinnant's algorithm).
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(weekday), \(two(day)) \(months[month - 1]) \(year) "
            + "\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60)) +0000"
    }
}

/// Base64 (RFC 4648), for encoded-words.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            let value = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (16 - 8 * UInt32($1.offset)) }
            for position in 0..<4 {
                output.append(
                    position <= chunk.count
                        ? alphabet[Int(value >> (18 - 6 * UInt32(position)) & 0x3F)] : UInt8(ascii: "="))
            }
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// A stable fingerprint of a message, for its Message-ID and MIME boundary, taken as its parts are
/// written: 32 hex digits from four 64-bit lanes that each take every fourth word of the bytes, so that
/// their multiplications overlap (two hashes over every word, one after the other, took three times as
/// long on the 20 MB of a large message). Not for security; only the same bytes give the same value.
struct ContentHash {
    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (
        0xcbf2_9ce4_8422_2325, 0x6c62_272e_07bb_0142, 0x9e37_79b9_7f4a_7c15, 0xd6e8_feb8_6659_fd93
    )

    mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var (first, second, third, fourth) = lanes
            var index = 0
            while index + 32 <= raw.count {
                first = Self.mix(first, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                second = Self.mix(second, raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
                third = Self.mix(third, raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self))
                fourth = Self.mix(fourth, raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self))
                index += 32
            }
            while index + 8 <= raw.count {
                first = Self.mix(first, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                index += 8
            }
            var last: UInt64 = 0
            for offset in index..<raw.count { last |= UInt64(raw[offset]) << (8 * UInt64(offset - index)) }
            // The length ends each addition, so that ("ab", "c") and ("a", "bc") differ.
            second = Self.mix(second, last)
            third = Self.mix(third, UInt64(raw.count))
            lanes = (first, second, third, fourth)
        }
    }

    private static func mix(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (lane ^ word) &* 0x9e37_79b9_7f4a_7c15
        return mixed ^ (mixed >> 29)
    }

    /// The lanes folded into two 64-bit values, each bit of them depending on every lane's.
    var hex: String {
        let (first, second, third, fourth) = lanes
        return [Self.finished(first, third), Self.finished(second, fourth)].map { value in
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }

    /// Two lanes into one value: MurmurHash3's finalizer over the one mixed into the other.
    private static func finished(_ one: UInt64, _ other: UInt64) -> UInt64 {
        var value = mix(one, other &* 0xff51_afd7_ed55_8ccd)
        value = (value ^ (value >> 33)) &* 0xff51_afd7_ed55_8ccd
        value = (value ^ (value >> 33)) &* 0xc4ce_b9fe_1a85_ec53
        return value ^ (value >> 33)
    }
}
