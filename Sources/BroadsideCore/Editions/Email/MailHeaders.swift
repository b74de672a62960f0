/// Writing header fields (RFC 5322) that any mail program reads: words outside ASCII as RFC 2047
/// encoded-words, long fields folded so that no line passes 78 characters, dates in the fixed form.
enum MailHeaders {
    static let maximumLineLength = 78

    /// `Name: value`, folded at spaces; a value with anything outside printable ASCII, or a word too
    /// long to fold, is sent as base64 encoded-words, each a whole number of characters, so that every
    /// line stays within 78 octets.
    static func field(_ name: String, _ value: String) -> String {
        let words = plainWords(value, after: name) ?? encodedWords(value)
        return fold(name + ":", words)
    }

    /// A mailbox: `Name <address>`, the name quoted or encoded as it needs. The address is ASCII
    /// (`Mailbox` keeps its domain in IDNA) and at most 254 octets, so its line stays within 998.
    static func mailbox(_ mailbox: Mailbox, after field: String) -> [String] {
        guard let name = mailbox.name else { return [mailbox.address] }
        var nameWords = plainWords(name, after: field) ?? encodedWords(name)
        if nameWords.first?.hasPrefix("=?") != true && name.contains(where: { "()<>[]:;@\\,.\"".contains($0) }) {
            let quoted = "\"" + name.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
            nameWords = fitsOnALine(quoted, after: field) ? [quoted] : encodedWords(name)
        }
        return nameWords + ["<\(mailbox.address)>"]
    }

    static func mailboxField(_ name: String, _ value: Mailbox) -> String {
        fold(name + ":", mailbox(value, after: name))
    }

    /// The words of `text` as they are, when it is plain ASCII and each word fits on a line after the
    /// field's name; nil when it must be encoded.
    private static func plainWords(_ text: String, after field: String) -> [String]? {
        let words = text.split(separator: " ").map(String.init)
        guard isPlainASCII(text), words.allSatisfy({ fitsOnALine($0, after: field) }) else { return nil }
        return words
    }

    private static func fitsOnALine(_ word: String, after field: String) -> Bool {
        field.utf8.count + 2 + word.utf8.count <= maximumLineLength
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

    /// Whether `text` can stand in a header as it is: printable ASCII, and nothing a mail program would
    /// decode as an encoded-word (`=?utf-8?Q?…?=` written in the source is text, not an encoding).
    static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } && !text.contains("=?")
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
        let time = CivilTime(secondsSince1970: seconds)
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(weekdays[time.weekday]), \(CivilTime.two(time.day)) \(months[time.month - 1]) \(time.year) "
            + "\(CivilTime.two(time.hour)):\(CivilTime.two(time.minute)):\(CivilTime.two(time.second)) +0000"
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
