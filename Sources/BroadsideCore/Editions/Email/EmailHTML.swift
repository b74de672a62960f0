/// The email's HTML part: the same content as the plain text, as a mail program can show it safely —
/// styles inline on every element, no stylesheet, no script, no picture or other request to any host,
/// one column that reads on a phone. Bodies are cmark's HTML, restyled tag by tag.
enum EmailHTML {
    /// The part up to the first page: the document's head, the preview line, the title and tagline.
    static func head(_ campaign: Campaign) -> String {
        let metadata = campaign.metadata
        var html = HTMLText.documentStart(language: metadata.language, title: campaign.email.subject)
        html += "</head>\n<body style=\"\(EmailStyles.body)\">\n"
        if let preheader = campaign.email.preheader {
            html += "<div style=\"\(EmailStyles.preheader)\">\(HTMLText.escape(preheader))</div>\n"
        }
        html += "<div style=\"\(EmailStyles.column)\">\n"
        html += "<h1 style=\"\(EmailStyles.title)\">\(HTMLText.escape(metadata.candidateForOffice))</h1>\n"
        html += "<p style=\"\(EmailStyles.tagline)\">\(HTMLText.escape(metadata.tagline))</p>\n"
        return html
    }

    /// One page's part: its title (after the first page), its sections' headings and bodies.
    static func fragment(_ campaign: Campaign, page: ParsedPage) -> [UInt8] {
        let sections = page.sections(in: .email)
        var html: [UInt8] = []
        // Room for the restyled page at once, which grows a few bytes at a time (every element gains
        // its style): grown by doubling, it was copied again and again.
        html.reserveCapacity(page.htmlByteCount(in: .email) * 2 + 4096)
        if page.index > 0 && !sections.isEmpty {
            appendHeading(page.page.name, level: 2, style: EmailStyles.pageTitle, to: &html)
        }
        for entry in sections {
            if entry.section.showsHeading(in: .email) {
                appendHeading(
                    entry.section.name, level: page.index > 0 ? 3 : 2, style: EmailStyles.sectionHeading, to: &html)
            }
            for document in entry.documents {
                restyle(document.htmlBytes(), metadata: campaign.metadata, into: &html)
            }
        }
        return html
    }

    /// `<hN style="…">name</hN>` and a line end, appended piece by piece: a page has hundreds of them.
    private static func appendHeading(_ name: String, level: Int, style: String, to html: inout [UInt8]) {
        let digit = UInt8(ascii: "0") + UInt8(level)
        html += [UInt8(ascii: "<"), UInt8(ascii: "h"), digit]
        html += " style=\"".utf8
        html += style.utf8
        html += "\">".utf8
        html += HTMLText.escape(name).utf8
        html += [UInt8(ascii: "<"), UInt8(ascii: "/"), UInt8(ascii: "h"), digit, UInt8(ascii: ">"), 0x0A]
    }

    /// The part after the last page: the footer, and the end of the document.
    static func tail(_ campaign: Campaign) -> String {
        let metadata = campaign.metadata
        var html = ""
        let footerLines = metadata.footerLines
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
    /// each `<` here opens a tag. Works on UTF-8 bytes: bodies can be megabytes long.
    static func restyle(_ html: [UInt8], metadata: Metadata, into output: inout [UInt8]) {
        html.withUnsafeBufferPointer { bytes in
            var index = 0
            var droppedAnchors = 0
            while index < bytes.count {
                guard let open = bytes.firstIndex(of: UInt8(ascii: "<"), from: index),
                    let close = bytes.firstIndex(of: UInt8(ascii: ">"), from: open)
                else {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index...]))
                    break
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<open]))
                index = close + 1
                let isClosing = bytes[open + 1] == UInt8(ascii: "/")
                let nameStart = open + (isClosing ? 2 : 1)
                var nameEnd = nameStart
                while nameEnd < close, isAlphanumeric(bytes[nameEnd]) { nameEnd += 1 }
                let name = UnsafeBufferPointer(rebasing: bytes[nameStart..<nameEnd])
                let isAnchor = name.count == 1 && name[0] == UInt8(ascii: "a")
                if isClosing {
                    if isAnchor && droppedAnchors > 0 {
                        droppedAnchors -= 1
                    } else {
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[open...close]))
                    }
                    continue
                }
                guard let style = style(of: name) else {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[open...close]))
                    continue
                }
                var attributesEnd = close
                let selfClosing = attributesEnd > nameEnd && bytes[attributesEnd - 1] == UInt8(ascii: "/")
                if selfClosing {
                    attributesEnd -= 1
                    if attributesEnd > nameEnd && bytes[attributesEnd - 1] == 0x20 { attributesEnd -= 1 }
                }
                let attributes = UnsafeBufferPointer(rebasing: bytes[nameEnd..<attributesEnd])
                output.append(UInt8(ascii: "<"))
                output.append(contentsOf: name)
                if isAnchor {
                    guard appendHref(attributes, metadata: metadata, to: &output) else {
                        output.removeLast(1 + name.count)
                        droppedAnchors += 1
                        continue
                    }
                } else {
                    output.append(contentsOf: attributes)
                }
                output.append(contentsOf: style)
                output.append(contentsOf: selfClosing ? Self.selfClosingEnd : Self.tagEnd)
            }
        }
    }

    /// ` style="…` for each element cmark writes, as bytes, the commonest first: a short scan compares a
    /// few bytes where a dictionary would hash a string for every tag.
    private static let styleList: [(name: [UInt8], style: [UInt8])] = {
        let commonest = ["p", "a", "li", "ul", "ol"]
        func rank(_ name: String) -> Int { commonest.firstIndex(of: name) ?? commonest.count }
        return EmailStyles.elements.sorted { (rank($0.key), $0.key) < (rank($1.key), $1.key) }.map {
            (Array($0.key.utf8), Array(" style=\"\($0.value)".utf8))
        }
    }()

    private static func style(of name: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        for entry in styleList where entry.name.count == name.count && entry.name.elementsEqual(name) {
            return entry.style
        }
        return nil
    }

    private static let tagEnd = Array("\">".utf8)
    private static let selfClosingEnd = Array("\" />".utf8)

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// Appends the attributes of an `<a>` with its `href` made absolute; false (and nothing appended)
    /// when the link has no address a reader of the email could follow.
    ///
    /// Most addresses need no change: an absolute one with nothing escaped in it is appended as it is,
    /// and with no `site:` a link to the site's own pages is dropped, both without making strings.
    private static func appendHref(
        _ attributes: UnsafeBufferPointer<UInt8>, metadata: Metadata, to output: inout [UInt8]
    ) -> Bool {
        guard let value = hrefValue(in: attributes) else {
            output.append(contentsOf: attributes)
            return true
        }
        let plain = !value.contains { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x27 }
        let isAbsolute = WebAddress.hasScheme(UnsafeBufferPointer(rebasing: value))
        if plain && isAbsolute {
            output.append(contentsOf: attributes)
            return true
        }
        if !isAbsolute && metadata.siteURL == nil { return false }
        let target = HTMLText.unescapeAttribute(String(decoding: value, as: UTF8.self))
        guard let absolute = EmailAddresses.absolute(target, metadata: metadata) else { return false }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: attributes[..<value.startIndex]))
        output.append(contentsOf: HTMLText.escape(absolute).utf8)
        output.append(contentsOf: UnsafeBufferPointer(rebasing: attributes[value.endIndex...]))
        return true
    }

    /// The bytes of the `href` attribute's value, between its quotes.
    private static func hrefValue(in attributes: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>>? {
        let marker = Self.hrefMarker
        var index = 0
        while index + marker.count <= attributes.count {
            if attributes[index] == marker[0], attributes[index..<index + marker.count].elementsEqual(marker) {
                let start = index + marker.count
                let end = attributes.firstIndex(of: UInt8(ascii: "\""), from: start) ?? attributes.count
                return attributes[start..<end]
            }
            index += 1
        }
        return nil
    }

    private static let hrefMarker = Array("href=\"".utf8)
}
