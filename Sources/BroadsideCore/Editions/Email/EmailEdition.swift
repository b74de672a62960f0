/// The email: plain text that reads well in any mail program. The subject on top, headings underlined,
/// paragraphs wrapped at 72 characters, list items with hanging indents, links as numbered references
/// listed at the end, and a footer from the metadata.
public enum EmailEdition {
    /// The width of the email's lines, in characters (an address longer than this stands on its own line).
    public static let width = 72

    /// The email's body, laid out once and given two ways.
    public struct Body: Sendable {
        /// Fixed lines, as `email.txt` shows them.
        public var text: String
        /// The same lines as `format=flowed` text (RFC 3676): a softly broken line ends with a space.
        public var flowedText: String
    }

    /// `email.txt`: the subject line, a blank line, then the body.
    public static func render(_ campaign: Campaign) -> String {
        text(campaign, body: body(campaign))
    }

    /// `email.txt` from a body already laid out.
    public static func text(_ campaign: Campaign, body: Body) -> String {
        "Subject: \(campaign.email.subject)\n\n" + body.text
    }

    public static func body(_ campaign: Campaign) -> Body {
        var layout = TextLayout(width: width)
        var renderer = EmailNodeRenderer(metadata: campaign.metadata)
        layout.out(campaign.metadata.candidateForOffice, wrap: true)
        layout.cr()
        layout.out(campaign.metadata.tagline, wrap: true)
        for (index, page) in campaign.pages.enumerated() {
            let sections = page.sections.filter { $0.appears(in: .email) }
            if index > 0 && !sections.isEmpty {
                layout.blankLine()
                heading(page.name, underline: "=", overline: true, into: &layout)
            }
            for section in sections {
                if section.showsHeading(in: .email) {
                    layout.blankLine()
                    heading(section.name, underline: "=", into: &layout)
                }
                for block in section.blocks(in: .email) {
                    layout.blankLine()
                    layout.render(block.document, with: &renderer)
                }
            }
        }
        if !renderer.references.addresses.isEmpty {
            layout.blankLine()
            heading("Links", underline: "=", into: &layout)
            layout.blankLine()
            for (offset, address) in renderer.references.addresses.enumerated() {
                layout.out("[\(offset + 1)] \(address)", wrap: false)
                layout.cr()
            }
        }
        let footer = self.footer(campaign.metadata)
        return Body(text: layout.text(flowed: false) + footer, flowedText: layout.text(flowed: true) + footer)
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

    private static func heading(
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
