/// What a plain-text edition supplies for the Markdown in it: one callback per node, as cmark's
/// writers do (`S_render_node`). Returning false on entering a node leaves its children out.
protocol TextNodeRenderer {
    mutating func render(_ node: MarkdownNode, entering: Bool, into layout: inout TextLayout) -> Bool
}

extension TextLayout {
    /// Lays out a Markdown body through an edition's node callback: the one walk behind every text
    /// edition, over the tree without recursion.
    mutating func render<Renderer: TextNodeRenderer>(_ document: MarkdownDocument, with renderer: inout Renderer) {
        var walk = MarkdownWalk(from: document.rootNode)
        while let event = walk.next() {
            let descend = renderer.render(event.node, entering: event.entering, into: &self)
            if event.entering && !descend {
                walk.skipChildren(of: event.node)
            }
        }
    }
}

/// The markers of list items as every text edition writes them: `- ` for a bullet, `3. ` for the third
/// item of an ordered list (counting from the list's start).
struct ListMarkers {
    /// The number of the next item of each ordered list being laid out, innermost last.
    private var numbers: [Int] = []

    mutating func enter(_ list: MarkdownNode) {
        numbers.append(list.listStart)
    }

    mutating func exit() {
        numbers.removeLast()
    }

    /// The marker of `item`, which is in the innermost list entered.
    mutating func marker(for item: MarkdownNode) -> String {
        guard item.parent?.isOrderedList == true, let number = numbers.last else { return "- " }
        numbers[numbers.count - 1] += 1
        return "\(number). "
    }
}

extension MarkdownNode {
    /// Whether the node is a paragraph of pictures alone (spaces and line ends between them aside):
    /// the text editions leave it out, and the flyer prints it as pictures.
    var holdsOnlyPictures: Bool {
        guard kind == .paragraph else { return false }
        var child = firstChild
        var pictures = 0
        while let node = child {
            switch node.kind {
            case .image: pictures += 1
            case .softBreak, .lineBreak: break
            case .text where node.literal.allSatisfy(\.isWhitespace): break
            default: return false
            }
            child = node.next
        }
        return pictures > 0
    }

    /// Whether the node is a block right inside an item of a tight list, which text editions set with no
    /// blank line around it.
    var isInTightItem: Bool {
        guard let item = parent, item.kind == .item, let list = item.parent else { return false }
        return list.isTightList
    }
}
