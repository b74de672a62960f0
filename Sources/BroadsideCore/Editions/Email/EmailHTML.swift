/// The email's HTML part: the same content as the plain text, as a mail program can show it safely —
/// styles inline on every element, no stylesheet, no script, no picture or other request to any host,
/// one column that reads on a phone. Bodies are cmark's HTML, restyled tag by tag.
enum EmailHTML {
    static func render(_ campaign: Campaign) -> String {
        let metadata = campaign.metadata
        var html = """
            <!DOCTYPE html>
            <html lang="\(HTMLText.escape(metadata.language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(campaign.email.subject))</title>
            </head>
            <body style="\(EmailStyles.body)">

            """
        if let preheader = campaign.email.preheader {
            html += "<div style=\"\(EmailStyles.preheader)\">\(HTMLText.escape(preheader))</div>\n"
        }
        html += "<div style=\"\(EmailStyles.column)\">\n"
        html += "<h1 style=\"\(EmailStyles.title)\">\(HTMLText.escape(metadata.candidateForOffice))</h1>\n"
        html += "<p style=\"\(EmailStyles.tagline)\">\(HTMLText.escape(metadata.tagline))</p>\n"
        for (index, page) in campaign.pages.enumerated() {
            let sections = page.sections.filter { $0.appears(in: .email) }
            if index > 0 && !sections.isEmpty {
                html += "<h2 style=\"\(EmailStyles.pageTitle)\">\(HTMLText.escape(page.name))</h2>\n"
            }
            for section in sections {
                if section.showsHeading(in: .email) {
                    let level = index > 0 ? 3 : 2
                    html += "<h\(level) style=\"\(EmailStyles.sectionHeading)\">\(HTMLText.escape(section.name))</h\(level)>\n"
                }
                for block in section.blocks(in: .email) {
                    html += restyle(block.document.html(), siteURL: metadata.siteURL)
                }
            }
        }
        let footerLines = [metadata.contact, metadata.disclaimer].compactMap { $0 }
        if !footerLines.isEmpty {
            html += "<div style=\"\(EmailStyles.footer)\">\n"
            for line in [metadata.candidateForOffice] + footerLines {
                html += "<p style=\"\(EmailStyles.footerLine)\">\(HTMLText.escape(line))</p>\n"
            }
            html += "</div>\n"
        }
        return html + "</div>\n</body>\n</html>\n"
    }

    /// cmark's HTML with a style on every element, and links to the site's own pages made absolute (or,
    /// with no `site:` to make them absolute, left as their words). cmark escapes every `<` in text, so
    /// each `<` here opens a tag.
    static func restyle(_ html: String, siteURL: String?) -> String {
        var output = ""
        output.reserveCapacity(html.utf8.count * 2)
        var rest = html[...]
        var droppedAnchors = 0
        while let open = rest.firstIndex(of: "<") {
            output += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[open...close]
            rest = rest[rest.index(after: close)...]
            let name = tag.dropFirst().prefix { $0.isLetter || $0.isNumber }
            if tag.hasPrefix("</a") && droppedAnchors > 0 {
                droppedAnchors -= 1
                continue
            }
            guard let style = EmailStyles.elements[String(name)], !tag.hasPrefix("</") else {
                output += tag
                continue
            }
            var attributes = tag.dropFirst(1 + name.count).dropLast()
            if name == "a", let target = hrefValue(in: attributes) {
                guard let absolute = EmailAddresses.absolute(HTMLText.unescapeAttribute(target), siteURL: siteURL) else {
                    droppedAnchors += 1
                    continue
                }
                attributes = Substring(attributes.replacingOccurrences(of: "href=\"\(target)\"", with: "href=\"\(HTMLText.escape(absolute))\""))
            }
            let selfClosing = attributes.hasSuffix(" /")
            if selfClosing { attributes = attributes.dropLast(2) }
            output += "<\(name)\(attributes) style=\"\(style)\"\(selfClosing ? " /" : "")>"
        }
        output += rest
        return output
    }

    private static func hrefValue(in attributes: Substring) -> Substring? {
        guard let start = attributes.range(of: "href=\"") else { return nil }
        let value = attributes[start.upperBound...]
        return value.prefix { $0 != "\"" }
    }
}
