/// The flyer as plain text for volunteers to print: the tagline on top, then the headings and text the
/// staff chose for the flyer, wrapped to the flyer's width, links as their words only. It must fit the
/// page budget (60 lines of 72 characters unless the `flyer` block says otherwise); when it does not,
/// the build says where it overflows.
public enum FlyerEdition {
    /// The text flyer and, when it is longer than the budget, the block where it first overflows.
    public struct Text: Sendable {
        public var text: String
        public var lineCount: Int
        public var overflow: SourceLocation?
    }

    public static func render(_ campaign: Campaign) -> String {
        renderText(FlyerModelBuilder.build(campaign)).text
    }

    public static func model(_ campaign: Campaign) -> FlyerModel {
        FlyerModelBuilder.build(campaign)
    }

    public static func renderText(_ model: FlyerModel) -> Text {
        let budget = model.settings.lines
        var layout = TextLayout(width: model.settings.columns)
        var overflow: SourceLocation?
        var followsHeading = false
        for block in model.blocks {
            // Paper is scarce: text starts right under its heading's underline.
            if block.spaceBefore && !followsHeading { layout.blankLine() } else { layout.cr() }
            write(block, into: &layout)
            followsHeading = block.isHeading
            if overflow == nil && layout.lineCount > budget { overflow = block.location }
        }
        if !model.footer.isEmpty {
            layout.blankLine()
            for line in model.footer {
                layout.out(line, wrap: true)
                layout.cr()
            }
            if overflow == nil && layout.lineCount > budget { overflow = model.blocks.last?.location }
        }
        return Text(text: layout.finish(), lineCount: layout.lineCount, overflow: overflow)
    }

    private static func write(_ block: FlyerModel.Block, into layout: inout TextLayout) {
        for _ in 0..<block.quoteDepth { layout.pushPrefix("> ") }
        layout.pushPrefix(String(repeating: " ", count: block.indent))
        if let marker = block.marker {
            layout.out(marker, wrap: false)
            layout.pushPrefix(String(repeating: " ", count: marker.count))
        }
        switch block.role {
        case .tagline, .pageTitle, .heading:
            let mark = layout.mark
            layout.out(block.text, wrap: true)
            layout.underline(since: mark, with: block.role == .tagline || block.role == .pageTitle ? "=" : "-")
        case .code:
            layout.out(block.text, wrap: false)
        case .paragraph, .rule:
            layout.out(block.text, wrap: true)
        }
        if block.marker != nil { layout.popPrefix() }
        layout.popPrefix()
        for _ in 0..<block.quoteDepth { layout.popPrefix() }
    }
}
