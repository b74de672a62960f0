/// The email: plain text that reads well in any mail program. Headings underlined, paragraphs wrapped at
/// 72 characters, list items with hanging indents, and links as numbered references listed at the end.
public enum EmailEdition {
    /// The width of the email's lines, in characters (an address longer than this stands on its own line).
    public static let width = 72

    public static func render(_ campaign: Campaign) -> String {
        var layout = TextLayout(width: width)
        var renderer = EmailNodeRenderer(siteURL: campaign.metadata.siteURL)
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
        guard let contact = campaign.metadata.contact else { return layout.finish() }
        // The footer follows the signature separator "-- " (RFC 3676 §4.3), whose trailing space
        // mail programs look for; the layout trims trailing spaces, so the separator is added here.
        var footer = TextLayout(width: width)
        footer.out(campaign.metadata.candidateForOffice, wrap: true)
        footer.cr()
        footer.out(contact, wrap: true)
        return layout.finish() + "\n-- \n" + footer.finish()
    }

    private static func heading(_ text: String, underline: Character, overline: Bool = false, into layout: inout TextLayout) {
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
    let siteURL: String?
    private(set) var references = LinkReferences()
    private var blocks = TextBlocks()

    init(siteURL: String?) {
        self.siteURL = siteURL
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
            if !entering, let address = publishedAddress(of: node) {
                layout.out(" [\(references.number(for: address))]", wrap: false)
            }
        case .htmlBlock, .htmlInline:
            // Raw HTML is refused when the campaign is read; should any reach here, print none of it.
            return false
        }
        return true
    }

    private var headingMark = 0

    /// The address a reader of the email can follow, or nil when the words say it all or there is none:
    /// a link to the site itself needs the site's public address.
    private func publishedAddress(of node: MarkdownNode) -> String? {
        let url = node.url
        let words = node.plainText
        if url == words || url == "mailto:\(words)" || url == "tel:\(words)" { return nil }
        if WebAddress.scheme(of: url) != nil { return url }
        guard let siteURL else { return nil }
        return url.hasPrefix("index.html") ? siteURL + "/" + url.dropFirst("index.html".count) : "\(siteURL)/\(url)"
    }
}
