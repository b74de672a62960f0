/// How the plain-text editions lay out Markdown's blocks and plain inlines: the choices the flyer and the
/// email share. Each edition's node callback hands these nodes here and decides the rest itself.
struct TextBlocks {
    /// The number of the next item of each ordered list being laid out, innermost last.
    private var listNumbers: [Int] = []
    /// How many list items and quotes the text being laid out is inside.
    private var depth = 0

    mutating func list(_ node: MarkdownNode, entering: Bool, into layout: inout TextLayout) {
        if entering {
            listNumbers.append(node.listStart)
        } else {
            listNumbers.removeLast()
            // A list nested in an item of a tight list ends its line only, as the item's text would.
            if isInTightItem(node) { layout.cr() } else { layout.blankLine() }
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
        var marker = "- "
        if node.parent?.isOrderedList == true, let number = listNumbers.last {
            marker = "\(number). "
            listNumbers[listNumbers.count - 1] += 1
        }
        layout.cr()
        layout.out(marker, wrap: false)
        depth += 1
        layout.pushPrefix(depth > NestingLimit.visibleLevels ? "" : String(repeating: " ", count: marker.count))
    }

    /// Like cmark's writers, blocks owe their spacing on the way out: a blank line after a paragraph,
    /// or a plain line end in a tight list.
    func paragraph(_ node: MarkdownNode, entering: Bool, into layout: inout TextLayout) {
        guard !entering else { return }
        if isInTightItem(node) { layout.cr() } else { layout.blankLine() }
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
        layout.pushPrefix("    ")
        var literal = node.literal
        if literal.hasSuffix("\n") { literal.removeLast() }
        layout.out(literal, wrap: false)
        layout.popPrefix()
        layout.blankLine()
    }

    func thematicBreak(into layout: inout TextLayout) {
        layout.cr()
        layout.out("* * *", wrap: false)
        layout.blankLine()
    }

    func text(_ node: MarkdownNode, into layout: inout TextLayout) {
        layout.out(node.literalBytes, wrap: true)
    }

    func softBreak(into layout: inout TextLayout) {
        layout.out(" ", wrap: true)
    }

    func lineBreak(into layout: inout TextLayout) {
        layout.cr()
    }

    /// A paragraph in an item of a tight list sits right under the marker, with no blank line around it.
    private func isInTightItem(_ node: MarkdownNode) -> Bool {
        guard let parent = node.parent, parent.kind == .item, let list = parent.parent else { return false }
        return list.isTightList
    }
}
