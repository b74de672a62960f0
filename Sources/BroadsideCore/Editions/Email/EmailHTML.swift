/// The email's HTML part: the same content as the plain text, as a mail program can show it safely —
/// styles inline on every element (`EmailStyles`), no stylesheet, no script, one column that reads on a
/// phone. Its only requests are for its pictures, from the campaign's own site (none without `site:`).
struct EmailHTML {
    /// The two copies the HTML is made into: the one mailed (`email.eml`'s part, `email.html`) and the
    /// one the site keeps for readers whose mail program mangles it (`site/email/index.html`).
    enum Copy {
        case mail, site
    }

    private let context: EditionContext
    /// The pages, the same in both copies.
    private var pages = ""

    init(_ context: EditionContext) {
        self.context = context
    }

    /// Adds one page: its title (after the first page), its sections' headings and bodies.
    mutating func add(_ page: ParsedPage, sections: [ParsedPage.EditionSection]) {
        if !page.isHome && !sections.isEmpty {
            pages += heading(page.page.name, level: 2, style: EmailStyles.pageTitle)
        }
        for entry in sections {
            // A section with no translation into this language is shown in the original, and says so.
            if let language = entry.section.language { pages += "<div lang=\"\(HTMLText.escape(language))\">\n" }
            if entry.section.showsHeading(in: context.edition) {
                pages += heading(entry.section.name, level: page.isHome ? 2 : 3, style: EmailStyles.sectionHeading)
            }
            for document in entry.documents {
                EmailHTMLBody(metadata: context.metadata, pictures: page.pictures).render(document, into: &pages)
            }
            if entry.section.language != nil { pages += "</div>\n" }
        }
    }

    /// The whole document, as `copy` shows it.
    func document(_ copy: Copy) -> String {
        start(copy) + pages + end(copy)
    }

    /// The document's head, the preview line, the link to the site's copy, the title and tagline.
    private func start(_ copy: Copy) -> String {
        let metadata = context.metadata
        var html = HTMLText.documentStart(language: metadata.language, title: context.campaign.email.subject)
        if copy == .site { html += "<meta name=\"robots\" content=\"noindex\">\n" }
        html += "</head>\n<body style=\"\(EmailStyles.body)\">\n"
        if let preheader = context.campaign.email.preheader {
            html += "<div style=\"\(EmailStyles.preheader)\">\(HTMLText.escape(preheader))</div>\n"
        }
        html += "<\(copy == .site ? "main" : "div") style=\"\(EmailStyles.column)\">\n"
        if copy == .mail, let address = EmailEdition.siteCopyAddress(context) {
            html += linkLine(context.words.viewInBrowser, to: address, style: EmailStyles.viewInBrowser)
        }
        html += "<h1 style=\"\(EmailStyles.title)\">\(HTMLText.escape(context.candidateForOffice))</h1>\n"
        html += "<p style=\"\(EmailStyles.tagline)\">\(HTMLText.escape(metadata.tagline))</p>\n"
        if let date = metadata.election {
            html += "<p style=\"\(EmailStyles.election)\">\(HTMLText.escape(context.words.voteOn(date)))</p>\n"
        }
        return html
    }

    /// The footer (who the email is from, contact, postal address, disclaimer, unsubscribe link) and
    /// the end of the document.
    private func end(_ copy: Copy) -> String {
        var html = buttons()
        var lines = EmailEdition.footerLines(context).map {
            "<p style=\"\(EmailStyles.footerLine)\">\(HTMLText.escape($0))</p>\n"
        }
        // The site's copy keeps an unsubscribe page, but not a placeholder only a mailing tool fills in.
        if let unsubscribe = context.campaign.email.unsubscribe, copy == .mail || unsubscribe.isAddress {
            lines.append(linkLine(context.words.unsubscribe, to: unsubscribe.target, style: EmailStyles.footerLine))
        }
        if !lines.isEmpty {
            html += "<div style=\"\(EmailStyles.footer)\">\n"
            html += "<p style=\"\(EmailStyles.footerLine)\">\(HTMLText.escape(context.candidateForOffice))</p>\n"
            html += lines.joined()
            html += "</div>\n"
        }
        return html + "</\(copy == .site ? "main" : "div")>\n</body>\n</html>\n"
    }

    /// The calls to action as buttons that show with pictures off and in every mail program: a table
    /// cell painted in the accent, the link inside it.
    private func buttons() -> String {
        let actions = context.metadata.actions
        guard !actions.isEmpty else { return "" }
        let cells = actions.map {
            "<td style=\"\(EmailStyles.buttonCell)\"><a href=\"\(HTMLText.escape($0.target))\" style=\"\(EmailStyles.buttonLink)\">"
                + "\(HTMLText.escape($0.words(context.words)))</a></td>"
        }
        return "<table role=\"presentation\" style=\"\(EmailStyles.buttons)\"><tr>"
            + cells.joined(separator: "<td style=\"width:12px\"></td>") + "</tr></table>\n"
    }

    /// A paragraph of one link the email adds itself (to the site's copy, to unsubscribe).
    private func linkLine(_ words: String, to address: String, style: String) -> String {
        "<p style=\"\(style)\"><a href=\"\(HTMLText.escape(address))\" style=\"\(EmailStyles.elements["a"] ?? "")\">"
            + "\(HTMLText.escape(words))</a></p>\n"
    }

    private func heading(_ name: String, level: Int, style: String) -> String {
        "<h\(level) style=\"\(style)\">\(HTMLText.escape(name))</h\(level)>\n"
    }
}

/// One Markdown body as the email's HTML, rendered from cmark's tree as cmark's own `html.c` renders
/// it, with each element's style from `EmailStyles.elements` and links made absolute: a link to the
/// site's own pages needs the site's address in mail (and, with no `site:`, is left as its words).
struct EmailHTMLBody {
    let metadata: Metadata
    /// The page's pictures, by their paths: shown from their copies on the site, when it has an address.
    let pictures: [String: Picture]

    /// Appends the body's HTML to `html`.
    func render(_ document: MarkdownDocument, into html: inout String) {
        var writer = Writer(metadata: metadata, pictures: pictures, start: html.utf8.count)
        var walk = MarkdownWalk(from: document.rootNode)
        while let event = walk.next() {
            if !writer.render(event.node, entering: event.entering, into: &html) { walk.skipChildren(of: event.node) }
        }
    }
}

/// The walk of one body, as `html.c`'s renderer keeps it.
private struct Writer {
    let metadata: Metadata
    let pictures: [String: Picture]
    /// Where the body starts in the HTML: a line end is never written before its first element.
    let start: Int
    /// For each link entered and not yet left, whether its `<a>` was written.
    private var openLinks: [Bool] = []

    init(metadata: Metadata, pictures: [String: Picture], start: Int) {
        self.metadata = metadata
        self.pictures = pictures
        self.start = start
    }

    mutating func render(_ node: MarkdownNode, entering: Bool, into html: inout String) -> Bool {
        switch node.kind {
        case .document, .customBlock, .customInline:
            break
        case .blockQuote:
            cr(&html)
            html += entering ? open("blockquote") + "\n" : "</blockquote>\n"
        case .list:
            cr(&html)
            let tag = node.isOrderedList ? "ol" : "ul"
            if !entering {
                html += "</\(tag)>\n"
            } else if node.isOrderedList && node.listStart != 1 {
                html += open(tag, attributes: " start=\"\(node.listStart)\"") + "\n"
            } else {
                html += open(tag) + "\n"
            }
        case .item:
            element("li", entering: entering, into: &html)
        case .heading:
            element("h\(node.headingLevel)", entering: entering, into: &html)
        case .codeBlock:
            cr(&html)
            let language = node.fenceInfo.prefix { !$0.isWhitespace }
            let attributes = language.isEmpty ? "" : " class=\"language-\(Self.escape(String(language)))\""
            html += open("pre") + open("code", attributes: attributes) + Self.escape(node.literal) + "</code></pre>\n"
        case .paragraph:
            // Pictures alone, with no address to load them from, leave no empty paragraph behind.
            if entering && metadata.siteURL == nil && node.holdsOnlyPictures { return false }
            // In a tight list, an item's text stands in it with no paragraph of its own.
            guard !node.isInTightItem else { break }
            element("p", entering: entering, into: &html)
        case .thematicBreak:
            cr(&html)
            html += "<hr style=\"\(EmailStyles.elements["hr"] ?? "")\" />\n"
        case .text:
            html += Self.escape(node.literal)
        case .softBreak:
            html += "\n"
        case .lineBreak:
            html += "<br />\n"
        case .code:
            html += open("code") + Self.escape(node.literal) + "</code>"
        case .emphasis:
            html += entering ? "<em>" : "</em>"
        case .strong:
            html += entering ? "<strong>" : "</strong>"
        case .link:
            link(node, entering: entering, into: &html)
        case .image:
            if let picture = pictures[node.url], let address = metadata.publicAddress(ofPicture: picture) {
                html += Self.img(picture, address: address, alt: node.plainText)
            }
            return false
        case .htmlBlock, .htmlInline:
            // Refused when the campaign is read; should any reach here, show none of it.
            return false
        }
        return true
    }

    /// A picture from its largest copy on the site, at most the column's width, with its size given
    /// so that the message does not jump as it loads, and its alt text for mail read with pictures off.
    private static func img(_ picture: Picture, address: String, alt: String) -> String {
        let width = min(picture.siteCopyWidths.last!, EmailStyles.pictureWidth)
        let height = picture.siteHeight(width: width)
        return
            "<img src=\"\(HTMLText.escape(address))\" alt=\"\(escape(alt))\" width=\"\(width)\" height=\"\(height)\" style=\"\(EmailStyles.picture)\" />"
    }

    /// `<a>` with the link's address made absolute, or nothing around the words when it has none.
    private mutating func link(_ node: MarkdownNode, entering: Bool, into html: inout String) {
        guard entering else {
            if openLinks.removeLast() { html += "</a>" }
            return
        }
        let target = Self.escapeHref(Self.isDangerous(node.url) ? "" : node.url)
        guard let address = EmailAddresses.absolute(target, metadata: metadata) else {
            openLinks.append(false)
            return
        }
        var attributes = " href=\"\(HTMLText.escape(address))\""
        if !node.title.isEmpty { attributes += " title=\"\(Self.escape(node.title))\"" }
        html += open("a", attributes: attributes)
        openLinks.append(true)
    }

    /// A block element whose content follows its opening tag on the same line.
    private func element(_ tag: String, entering: Bool, into html: inout String) {
        if entering {
            cr(&html)
            html += open(tag)
        } else {
            html += "</" + tag + ">\n"
        }
    }

    /// An opening tag with its attributes and its style.
    private func open(_ tag: String, attributes: String = "") -> String {
        "<" + tag + attributes + " style=\"" + (EmailStyles.elements[tag] ?? "") + "\">"
    }

    /// A line end before a block, unless the body is empty or already ends with one (cmark's `cr`).
    private func cr(_ html: inout String) {
        if html.utf8.count > start, html.utf8.last != 0x0A { html += "\n" }
    }

    /// Text escaped as cmark escapes it: `&`, `<`, `>` and `"`.
    private static func escape(_ text: String) -> String {
        HTMLText.escape(text, apostrophe: false)
    }

    /// An address as cmark writes it (`houdini_escape_href`): what is not a letter, a digit or one of
    /// the characters addresses are built with is percent-encoded.
    private static func escapeHref(_ url: String) -> String {
        let safe = Set("-_.+!*'(),%#@?=;:/,+&$~".utf8)
        var output = ""
        for byte in url.utf8 {
            let isAlphanumeric =
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            if isAlphanumeric || safe.contains(byte) {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                output += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return output
    }

    /// The addresses cmark's safe mode drops (`scan_dangerous_url`): scripts, files, and data that is
    /// not a picture.
    private static func isDangerous(_ url: String) -> Bool {
        let lowered = url.lowercased()
        let pictures = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
        if pictures.contains(where: lowered.hasPrefix) { return false }
        return ["javascript:", "vbscript:", "file:", "data:"].contains(where: lowered.hasPrefix)
    }
}
