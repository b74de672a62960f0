/// The flyer: plain text for volunteers to print. The tagline on top, then the headings and text the
/// staff chose for the flyer, wrapped to the flyer's width. Links are printed as their words only.
public enum FlyerEdition {
    /// The width of the flyer's lines, in characters.
    public static let width = 72

    public static func render(_ campaign: Campaign) -> String {
        var layout = TextLayout(width: width)
        var renderer = FlyerNodeRenderer()
        layout.out(campaign.metadata.tagline, wrap: true)
        layout.blankLine()
        for (index, page) in campaign.pages.enumerated() {
            let sections = page.sections.filter { $0.appears(in: .flyer) }
            if index > 0 && !sections.isEmpty {
                layout.blankLine()
                layout.out(page.name, wrap: true)
                layout.blankLine()
            }
            for section in sections {
                if section.showsHeading(in: .flyer) {
                    layout.blankLine()
                    layout.out(section.name, wrap: true)
                    layout.blankLine()
                }
                for block in section.blocks(in: .flyer) {
                    layout.blankLine()
                    layout.render(block.document, with: &renderer)
                }
            }
        }
        return layout.finish()
    }
}

/// The flyer's choices for each Markdown node.
struct FlyerNodeRenderer: TextNodeRenderer {
    private var blocks = TextBlocks()

    mutating func render(_ node: MarkdownNode, entering: Bool, into layout: inout TextLayout) -> Bool {
        switch node.kind {
        case .document, .customBlock, .customInline, .emphasis, .strong, .link, .image:
            break
        case .paragraph:
            blocks.paragraph(node, entering: entering, into: &layout)
        case .heading:
            layout.blankLine()
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
        case .htmlBlock, .htmlInline:
            // Raw HTML is refused when the campaign is read; should any reach here, print none of it.
            return false
        }
        return true
    }
}
