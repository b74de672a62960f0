/// The email: plain text that reads well in any mail program. The subject on top, headings underlined,
/// paragraphs wrapped at 72 characters, list items with hanging indents, links as numbered references
/// listed at the end, and a footer from the metadata. It is written page by page as `email.txt`, and
/// as `email.eml` with its HTML part (`EmailHTML`, `EmailMessage`).
final class EmailEdition: EditionStream, @unchecked Sendable {
    /// The width of the email's lines, in characters (an address longer than this stands on its own line).
    static let width = 72

    /// The HTML part of the message, written beside the editions while the pages are laid out (the text
    /// part goes straight into `email.eml`), and moved into `email.eml` at the end.
    static let htmlPart = ".email-html.part"

    /// One page of the email, made in three steps: its HTML and the address each of its links lists
    /// (side by side with other pages), the numbers of those addresses (in page order), then its text.
    struct Page: Sendable {
        var html: [UInt8]
        /// For each link of the page's text, in order, the address listed for it (nil when none is).
        var addresses: [String?]
        /// The reference number of each link, in the same order.
        var numbers: [Int?] = []
        var text = Text()
    }

    /// A stretch of the email's text: as `email.txt` shows it, and as the message's text part carries it
    /// (flowed, space-stuffed, quoted-printable). Stretches are separated by a blank line.
    struct Text: Sendable {
        var fixed: [UInt8] = []
        var encoded: [UInt8] = []

        init() {}

        init(_ layout: TextLayout) {
            let texts = layout.finishedTexts()
            fixed = texts.fixed
            QuotedPrintable.encode(texts.flowed, into: &encoded, spaceStuffed: true)
        }
    }

    private let campaign: Campaign
    private let date: Int?
    // The rest is changed only by `order`, `append` and `finish`, which run on one thread at a time.
    private var references = LinkReferences()
    private var fingerprint = ContentHash()

    init(_ campaign: Campaign, date: Int?) {
        self.campaign = campaign
        self.date = date
    }

    func prepare(_ page: ParsedPage) -> Page {
        var html: [UInt8] = []
        QuotedPrintable.encode(EmailHTML.fragment(campaign, page: page), into: &html)
        return Page(html: html, addresses: EmailNodeRenderer.addresses(in: page, metadata: campaign.metadata))
    }

    /// Numbers the page's links: an address keeps the number it was first given, on any page.
    func order(_ page: inout Page) {
        page.numbers = page.addresses.map { address in address.map { references.number(for: $0) } }
    }

    /// Lays out the page's text, with its links' numbers known, side by side with other pages.
    func complete(_ prepared: inout Page, of page: ParsedPage) {
        let sections = page.sections(in: .email)
        guard !sections.isEmpty else { return }
        var layout = TextLayout(width: Self.width)
        // The text is shorter than cmark's HTML of it (its tags gone), link numbers and all.
        layout.reserveCapacity(page.htmlByteCount(in: .email))
        var renderer = EmailNodeRenderer(numbers: prepared.numbers)
        if page.index > 0 {
            Self.heading(page.page.name, underline: "=", overline: true, into: &layout)
        }
        for entry in sections {
            if entry.section.showsHeading(in: .email) {
                layout.blankLine()
                Self.heading(entry.section.name, underline: "=", into: &layout)
            }
            for document in entry.documents {
                layout.blankLine()
                layout.render(document, with: &renderer)
            }
        }
        prepared.text = Text(layout)
    }

    func append(_ prepared: Page, of page: ParsedPage, to sink: OutputSink) {
        if page.index == 0 {
            sink.append(
                EmailMessage.head(campaign, fingerprint: nil, date: date), to: EditionOutputs.emailMessage)
            sink.append("Subject: \(campaign.email.subject)\n\n", to: EditionOutputs.emailText)
            var layout = TextLayout(width: Self.width)
            layout.out(campaign.metadata.candidateForOffice, wrap: true)
            layout.cr()
            layout.out(campaign.metadata.tagline, wrap: true)
            write(Text(layout), to: sink, separated: false)
            var head: [UInt8] = []
            QuotedPrintable.encode(EmailHTML.head(campaign), into: &head)
            writeHTML(head, to: sink)
        }
        write(prepared.text, to: sink)
        writeHTML(prepared.html, to: sink)
    }

    func finish(to sink: OutputSink, diagnostics: inout Diagnostics) {
        if !references.addresses.isEmpty {
            var layout = TextLayout(width: Self.width)
            Self.heading("Links", underline: "=", into: &layout)
            layout.blankLine()
            for (offset, address) in references.addresses.enumerated() {
                layout.out("[\(offset + 1)] \(address)", wrap: false)
                layout.cr()
            }
            write(Text(layout), to: sink)
        }
        let footer = Array(Self.footer(campaign.metadata).utf8)
        sink.append(footer, to: EditionOutputs.emailText)
        var encoded: [UInt8] = []
        QuotedPrintable.encode(footer, into: &encoded, spaceStuffed: true)
        writeText(encoded, to: sink)
        var tail: [UInt8] = []
        QuotedPrintable.encode(EmailHTML.tail(campaign), into: &tail)
        writeHTML(tail, to: sink)
        EmailMessage.finish(campaign, fingerprint: fingerprint, date: date, htmlPart: Self.htmlPart, into: sink)
    }

    /// Writes a stretch of text after a blank line (unless it is the first), or nothing if it is empty.
    private func write(_ text: Text, to sink: OutputSink, separated: Bool = true) {
        guard !text.fixed.isEmpty else { return }
        if separated {
            sink.append(CollectionOfOne(0x0A), to: EditionOutputs.emailText)
            writeText([0x0D, 0x0A], to: sink)
        }
        sink.append(text.fixed, to: EditionOutputs.emailText)
        writeText(text.encoded, to: sink)
    }

    private func writeText(_ encoded: [UInt8], to sink: OutputSink) {
        fingerprint.add(encoded)
        sink.append(encoded, to: EditionOutputs.emailMessage)
    }

    private func writeHTML(_ encoded: [UInt8], to sink: OutputSink) {
        fingerprint.add(encoded)
        sink.append(encoded, to: Self.htmlPart)
    }

    /// The signature: the separator "-- " (RFC 3676 §4.3, whose trailing space mail programs look for),
    /// then who the email is from, the contact line and the disclaimer; nothing when neither is given.
    private static func footer(_ metadata: Metadata) -> String {
        let lines = metadata.footerLines
        guard !lines.isEmpty else { return "" }
        var layout = TextLayout(width: width)
        layout.out(metadata.candidateForOffice, wrap: true)
        for line in lines {
            layout.cr()
            layout.out(line, wrap: true)
        }
        return "\n-- \n" + layout.finish()
    }

    static func heading(
        _ text: String, underline: Character, overline: Bool = false, into layout: inout TextLayout
    ) {
        if overline {
            layout.out(String(repeating: underline, count: min(width, text.count)), wrap: false)
            layout.cr()
        }
        let mark = layout.mark
        layout.out(text, wrap: true)
        layout.underline(since: mark, with: underline)
    }
}

/// The email's choices for each Markdown node.
struct EmailNodeRenderer: TextNodeRenderer {
    /// The reference number of each link of the text, in order (nil for a link that lists no address),
    /// given before the text is laid out.
    let numbers: [Int?]
    private var nextLink = 0
    private var blocks = TextBlocks()
    private var headingMark = 0

    init(numbers: [Int?]) {
        self.numbers = numbers
    }

    /// The address each link of a page's email text lists under "Links", in order.
    static func addresses(in page: ParsedPage, metadata: Metadata) -> [String?] {
        var addresses: [String?] = []
        for entry in page.sections(in: .email) {
            for document in entry.documents {
                for event in MarkdownWalk(from: document.rootNode)
                where !event.entering && event.node.kind == .link {
                    addresses.append(
                        EmailAddresses.published(event.node.url, words: event.node.plainText, metadata: metadata))
                }
            }
        }
        return addresses
    }

    mutating func render(_ node: MarkdownNode, entering: Bool, into layout: inout TextLayout) -> Bool {
        switch node.kind {
        case .document, .customBlock, .customInline, .image:
            break
        case .paragraph:
            blocks.paragraph(node, entering: entering, into: &layout)
        case .heading:
            if entering {
                layout.blankLine()
                headingMark = layout.mark
            } else {
                layout.underline(since: headingMark, with: "-")
                layout.blankLine()
            }
        case .list:
            blocks.list(node, entering: entering, into: &layout)
        case .item:
            blocks.item(node, entering: entering, into: &layout)
        case .blockQuote:
            blocks.blockQuote(entering: entering, into: &layout)
        case .codeBlock:
            blocks.codeBlock(node, into: &layout)
        case .thematicBreak:
            blocks.thematicBreak(into: &layout)
        case .text, .code:
            blocks.text(node, into: &layout)
        case .softBreak:
            blocks.softBreak(into: &layout)
        case .lineBreak:
            blocks.lineBreak(into: &layout)
        case .emphasis:
            layout.out("_", wrap: false)
        case .strong:
            layout.out("*", wrap: false)
        case .link:
            if !entering {
                // Links come in the same order as when their addresses were found.
                if nextLink < numbers.count, let number = numbers[nextLink] {
                    layout.out(" [\(number)]", wrap: false)
                }
                nextLink += 1
            }
        case .htmlBlock, .htmlInline:
            // Raw HTML is refused when the campaign is read; should any reach here, print none of it.
            return false
        }
        return true
    }
}

/// Where a link in an email leads: mail is read away from the site, so a link to one of its own pages
/// needs the site's public address.
enum EmailAddresses {
    /// The full address of a link target, or nil when it has none (a link to the site, with no `site:`).
    static func absolute(_ url: String, metadata: Metadata) -> String? {
        WebAddress.scheme(of: url) != nil ? url : metadata.publicAddress(of: url)
    }

    /// The address to list under a link's words, or nil when the words already say it or there is none.
    static func published(_ url: String, words: String, metadata: Metadata) -> String? {
        // Only an address whose bytes start "mailto:" or "tel:" can be equal to one made so (no other
        // characters are equivalent to those), so the two are made only for such an address.
        if url == words || (url.utf8.starts(with: mailto) && url == "mailto:\(words)")
            || (url.utf8.starts(with: tel) && url == "tel:\(words)")
        {
            return nil
        }
        return absolute(url, metadata: metadata)
    }

    private static let mailto = Array("mailto:".utf8)
    private static let tel = Array("tel:".utf8)
}
