import CCmark
import Glibc

/// A Markdown body parsed by libcmark: the root of its node tree, freed with the document.
///
/// Who owns the tree: the document, and through it the one build that parsed it. A document is not
/// `Sendable`, so the compiler keeps every tree on the thread that runs the build: it is checked and
/// settled there (links, subheading levels), then read by each edition in turn, then freed with its
/// page. cmark's pointers never leave the files of this folder.
public final class MarkdownDocument {
    /// cmark's options for every body: smart punctuation; raw HTML and unsafe links stay off.
    static let options = CMARK_OPT_SMART

    let root: OpaquePointer

    /// Parses `lines`, joined by line ends, with cmark.
    init(lines: [Substring]) {
        let parser = cmark_parser_new(Self.options)
        defer { cmark_parser_free(parser) }
        for (index, line) in lines.enumerated() {
            if index > 0 { cmark_parser_feed(parser, "\n", 1) }
            var line = line
            line.withUTF8 { buffer in
                buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
            }
        }
        root = cmark_parser_finish(parser)
    }

    /// Parses one Markdown text (tests).
    convenience init(_ text: String) {
        self.init(lines: text.linesSplitAtLF())
    }

    deinit {
        cmark_node_free(root)
    }

    /// The document node.
    public var rootNode: MarkdownNode { MarkdownNode(root) }

    /// The picture nodes of the body, in order.
    var pictureNodes: [MarkdownNode] {
        MarkdownWalk(from: rootNode).filter { $0.entering && $0.node.kind == .image }.map(\.node)
    }

    /// The body as HTML, by cmark's own renderer in its safe mode (raw HTML and dangerous URLs dropped):
    /// what the site shows.
    public func html() -> String {
        guard let rendered = cmark_render_html(root, Self.options) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// `html()` with each picture written as `picture` gives it: the site's own `<img>`, with sizes
    /// and scaled copies that cmark does not know. The tree is as it was afterwards, for the next
    /// edition: each picture stands aside for a node of that markup while cmark renders.
    func html(picture: (MarkdownNode) -> String) -> String {
        let pictures = pictureNodes.map(\.pointer)
        guard !pictures.isEmpty else { return html() }
        var standIns: [OpaquePointer] = []
        for node in pictures {
            let standIn = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
            cmark_node_set_on_enter(standIn, picture(MarkdownNode(node)))
            cmark_node_insert_before(node, standIn)
            cmark_node_unlink(node)
            standIns.append(standIn)
        }
        let rendered = html()
        for (node, standIn) in zip(pictures, standIns) {
            cmark_node_insert_before(standIn, node)
            cmark_node_free(standIn)
        }
        return rendered
    }
}

// Changes made while the campaign is read and checked, before any edition sees the tree.
extension MarkdownDocument {
    /// Replaces a link by its children, keeping the words and dropping the link.
    func unwrap(_ node: MarkdownNode) {
        while let child = cmark_node_first_child(node.pointer) {
            cmark_node_insert_before(node.pointer, child)
        }
        cmark_node_unlink(node.pointer)
        cmark_node_free(node.pointer)
    }

    func setURL(of node: MarkdownNode, to url: String) {
        cmark_node_set_url(node.pointer, url)
    }

    func setHeadingLevel(of node: MarkdownNode, to level: Int) {
        cmark_node_set_heading_level(node.pointer, Int32(level))
    }
}
