/// Escaping for text and attribute values that Broadside itself writes into HTML (cmark escapes the
/// bodies). Both work on UTF-8 bytes, and return the text untouched when there is nothing to change.
enum HTMLText {
    static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        func isSpecial(_ byte: UInt8) -> Bool {
            byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
        }
        // Every page's navigation names every page: most texts are looked at many times, and are plain.
        let hasSpecial =
            utf8.withContiguousStorageIfAvailable { $0.contains(where: isSpecial) } ?? utf8.contains(where: isSpecial)
        guard hasSpecial else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count + 32)
        for byte in utf8 {
            switch byte {
            case 0x26: output.append(contentsOf: "&amp;".utf8)
            case 0x3C: output.append(contentsOf: "&lt;".utf8)
            case 0x3E: output.append(contentsOf: "&gt;".utf8)
            case 0x22: output.append(contentsOf: "&quot;".utf8)
            case 0x27: output.append(contentsOf: "&#39;".utf8)
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The start of an HTML document, up to and including its `<title>` line: what every page of the
    /// site and the email's HTML part begin with.
    static func documentStart(language: String, title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(escape(language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>

        """
    }

    /// An attribute value as cmark escaped it, read back (`&amp;` → `&`, and the other entities it writes:
    /// an apostrophe is `&#39;` in text and `&#x27;` in a link's address).
    static func unescapeAttribute<Text: StringProtocol>(_ value: Text) -> String {
        let bytes = Array(value.utf8)
        guard bytes.contains(0x26) else { return String(value) }
        let entities: [(name: [UInt8], byte: UInt8)] = [
            (Array("&amp;".utf8), 0x26), (Array("&lt;".utf8), 0x3C), (Array("&gt;".utf8), 0x3E),
            (Array("&quot;".utf8), 0x22), (Array("&#39;".utf8), 0x27), (Array("&#x27;".utf8), 0x27),
        ]
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        outer: while index < bytes.count {
            if bytes[index] == 0x26 {
                for entity in entities where bytes[index...].starts(with: entity.name) {
                    output.append(entity.byte)
                    index += entity.name.count
                    continue outer
                }
            }
            output.append(bytes[index])
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }
}
