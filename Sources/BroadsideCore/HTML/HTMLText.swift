/// Writing HTML, for every edition that writes some (the site's pages, the email's HTML part): text and
/// attribute values escaped, and the start of a document.
public enum HTMLText {
    /// `text` with `&`, `<`, `>` and `"` escaped, and `'` too unless `apostrophe` is false (as cmark's
    /// own renderer leaves it, which the email's HTML matches).
    public static func escape(_ text: String, apostrophe: Bool = true) -> String {
        func isSpecial(_ byte: UInt8) -> Bool {
            byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || (apostrophe && byte == 0x27)
        }
        guard text.utf8.contains(where: isSpecial) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'" where apostrophe: output += "&#39;"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// The start of an HTML document, up to and including its `<title>` line: what every page of the
    /// site and the email's HTML part begin with.
    static func documentStart(language: String, title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(escape(language))"\(EditionLanguages.isRightToLeft(language) ? " dir=\"rtl\"" : "")>
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>

        """
    }
}
