/// What a plain-text edition supplies for the Markdown in it: one callback per node, as cmark's
/// writers do (`S_render_node`). Returning false on entering a node leaves its children out.
protocol TextNodeRenderer {
    mutating func render(_ node: MarkdownNode, entering: Bool, into layout: inout TextLayout) -> Bool
}

extension TextLayout {
    /// Lays out a Markdown body through an edition's node callback, walking cmark's tree without recursion.
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
