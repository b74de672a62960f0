/// How the plain-text editions lay out Markdown's blocks and plain inlines, the habits of cmark's
/// `render.c`: blocks owe their spacing on the way out (a blank line after a paragraph, a plain line end
/// in a tight list), lists hang their items' text under the marker, quotes prefix their lines with
/// `> `. An edition's node callback hands these nodes here and decides the rest itself.
struct TextBlocks {
    private var markers = ListMarkers()
    /// How many list items and quotes the text being laid out is inside.
    private var depth = 0

    mutating func list(_ node: MarkdownNode, entering: Bool, into layout: inout TextLayout) {
        if entering {
            markers.enter(node)
        } else {
            markers.exit()
            // A list nested in an item of a tight list ends its line only, as the item's text would.
            if node.isInTightItem { layout.cr() } else { layout.blankLine() }
        }
    }

    /// A list item: its marker on the first line, and a hanging indent as wide as the marker for the rest.
    mutating func item(_ node: MarkdownNode, entering: Bool, into layout: inout TextLayout) {
        guard entering else {
            depth -= 1
            layout.popPrefix()
            layout.cr()
            return
        }
        let marker = markers.marker(for: node)
        layout.cr()
        layout.out(marker, wrap: false)
        depth += 1
        layout.pushPrefix(depth > NestingLimit.visibleLevels ? "" : String(repeating: " ", count: marker.count))
    }

    func paragraph(_ node: MarkdownNode, entering: Bool, into layout: inout TextLayout) {
        guard !entering else { return }
        if node.isInTightItem { layout.cr() } else { layout.blankLine() }
    }

    mutating func blockQuote(entering: Bool, into layout: inout TextLayout) {
        if entering {
            layout.cr()
            depth += 1
            layout.pushPrefix(depth > NestingLimit.visibleLevels ? "" : "> ")
        } else {
            depth -= 1
            layout.popPrefix()
            layout.blankLine()
        }
    }

    /// Code keeps its lines as written, indented by four spaces.
    func codeBlock(_ node: MarkdownNode, into layout: inout TextLayout) {
        layout.cr()
        var literal = node.literal
        if literal.hasSuffix("\n") { literal.removeLast() }
        layout.withPrefix("    ") { $0.out(literal, wrap: false) }
        layout.blankLine()
    }

    func thematicBreak(into layout: inout TextLayout) {
        layout.cr()
        layout.out("* * *", wrap: false)
        layout.blankLine()
    }

    func text(_ node: MarkdownNode, into layout: inout TextLayout) {
        layout.out(node.literal, wrap: true)
    }

    func softBreak(into layout: inout TextLayout) {
        layout.out(" ", wrap: true)
    }

    func lineBreak(into layout: inout TextLayout) {
        layout.cr()
    }
}
