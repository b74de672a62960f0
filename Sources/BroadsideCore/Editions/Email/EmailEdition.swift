/// The email: plain text that reads well in any mail program. The subject on top, headings underlined,
/// paragraphs wrapped at 72 characters, list items with hanging indents, links as numbered references
/// listed at the end, and a footer from the metadata. It is written page by page as `email.txt`, and
/// as `email.eml` with its HTML part (`EmailHTML`, `EmailMessage`).
final class EmailEdition: EditionStream, @unchecked Sendable {
    /// The width of the email's lines, in characters (an address longer than this stands on its own line).
    static let width = 72

    /// The HTML part and the flowed text part of the message, written beside the editions while the
    /// pages are laid out, and moved into `email.eml` at the end.
    static let htmlPart = ".email-html.part"
    static let textPart = ".email-text.part"

    private let campaign: Campaign
    private let date: Int?
    // The rest is changed only by `append` and `finish`, which run on one thread at a time.
    private var layout = TextLayout(width: width)
    private var renderer: EmailNodeRenderer
    private var fingerprint = ContentHash()

    init(_ campaign: Campaign, date: Int?) {
        self.campaign = campaign
        self.date = date
        renderer = EmailNodeRenderer(metadata: campaign.metadata)
        layout.out(campaign.metadata.candidateForOffice, wrap: true)
        layout.cr()
        layout.out(campaign.metadata.tagline, wrap: true)
    }

    /// The page's part of the HTML, encoded for the message: it depends on nothing else, so it is made
    /// side by side with other pages.
    func prepare(_ page: ParsedPage) -> [UInt8] {
        var encoded: [UInt8] = []
        QuotedPrintable.encode(EmailHTML.fragment(campaign, page: page), into: &encoded)
        return encoded
    }

    func append(_ html: [UInt8], of page: ParsedPage, to sink: OutputSink) {
        if page.index == 0 {
            sink.append("Subject: \(campaign.email.subject)\n\n", to: EditionOutputs.emailText)
            var head: [UInt8] = []
            QuotedPrintable.encode(EmailHTML.head(campaign), into: &head)
            writeHTML(head, to: sink)
        }
        let sections = page.sections(in: .email)
        if page.index > 0 && !sections.isEmpty {
            layout.blankLine()
            Self.heading(page.page.name, underline: "=", overline: true, into: &layout)
        }
        for (section, blocks) in sections {
            if section.showsHeading(in: .email) {
                layout.blankLine()
                Self.heading(section.name, underline: "=", into: &layout)
            }
            for parsed in blocks {
                layout.blankLine()
                layout.render(parsed.document, with: &renderer)
            }
        }
        let finished = layout.takeFinishedLines()
        writeText(fixed: finished.fixed, flowed: finished.flowed, to: sink)
        writeHTML(html, to: sink)
    }

    func finish(to sink: OutputSink, diagnostics: inout Diagnostics) {
        if !renderer.references.addresses.isEmpty {
            layout.blankLine()
            Self.heading("Links", underline: "=", into: &layout)
            layout.blankLine()
            for (offset, address) in renderer.references.addresses.enumerated() {
                layout.out("[\(offset + 1)] \(address)", wrap: false)
                layout.cr()
            }
        }
        let footer = Array(Self.footer(campaign.metadata).utf8)
        writeText(
            fixed: layout.finishedText(flowed: false) + footer, flowed: layout.finishedText(flowed: true) + footer,
            to: sink)
        var tail: [UInt8] = []
        QuotedPrintable.encode(EmailHTML.tail(campaign), into: &tail)
        writeHTML(tail, to: sink)
        EmailMessage.assemble(
            campaign, fingerprint: fingerprint, date: date, textPart: Self.textPart, htmlPart: Self.htmlPart,
            into: sink)
    }

    private func writeText(fixed: [UInt8], flowed: [UInt8], to sink: OutputSink) {
        sink.append(fixed, to: EditionOutputs.emailText)
        var encoded: [UInt8] = []
        QuotedPrintable.encode(EmailMessage.flowedForTransport(flowed), into: &encoded)
        fingerprint.add(encoded)
        sink.append(encoded, to: Self.textPart)
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
    let metadata: Metadata
    private(set) var references = LinkReferences()
    private var blocks = TextBlocks()
    private var headingMark = 0

    init(metadata: Metadata) {
        self.metadata = metadata
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
            if !entering, let address = EmailAddresses.published(node.url, words: node.plainText, metadata: metadata) {
                layout.out(" [\(references.number(for: address))]", wrap: false)
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
        if url == words || url == "mailto:\(words)" || url == "tel:\(words)" { return nil }
        return absolute(url, metadata: metadata)
    }
}
