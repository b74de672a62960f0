import CCmark
import Glibc

/// A Markdown body parsed by libcmark: the root of its node tree, freed with the document.
///
/// The tree is built and checked once, while the campaign is read; after that every edition
/// only reads it, which is what makes sharing it between renderers safe.
public final class MarkdownDocument: @unchecked Sendable {
    /// cmark's options for every body: smart punctuation; raw HTML and unsafe links stay off. Not
    /// `CMARK_OPT_VALIDATE_UTF8`: bodies are Swift strings, valid UTF-8 by construction (the source is
    /// decoded strictly), and cmark's check of every line again could never change a byte.
    static let parseOptions = CMARK_OPT_SMART

    let root: OpaquePointer
    /// The memory the tree was allocated in, kept until the tree is freed.
    private let arena: MarkdownArena?

    /// Parses `lines`, joined by line ends, with cmark: they are fed to its parser one by one, so the
    /// body is never copied into one string first. With `arena`, the tree is allocated in it: the parse
    /// enters it itself, since the tree is not freed node by node later (`deinit`); what changes the
    /// tree afterwards (the checks) must run inside it too.
    init(lines: [Substring], arena: MarkdownArena? = nil) {
        self.arena = arena
        root = arena.map { arena in arena.entered { Self.parse(lines) } } ?? Self.parse(lines)
    }

    private static func parse(_ lines: [Substring]) -> OpaquePointer {
        let parser = cmark_parser_new_with_mem(parseOptions, MarkdownArena.memory)
        defer { cmark_parser_free(parser) }
        for (index, line) in lines.enumerated() {
            if index > 0 { cmark_parser_feed(parser, "\n", 1) }
            var line = line
            line.withUTF8 { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    cmark_parser_feed(parser, chars.baseAddress, chars.count)
                }
            }
        }
        return cmark_parser_finish(parser)
    }

    deinit {
        // A tree in an arena goes with the arena, all at once: walking it to free each node (600,000 at
        // scale 1000) would only check that each is the arena's. Nothing outside the arena hangs from
        // it: the tree is built and changed inside it, and every string cmark makes on first reading
        // is made there too (`settleStrings`), so later reads allocate nothing.
        if arena == nil { cmark_node_free(root) }
    }

    /// The document node.
    public var rootNode: MarkdownNode { MarkdownNode(root) }

    /// The HTML as UTF-8 bytes, once `settleHTML` has made it: the site and the email's HTML part
    /// both use it.
    private var settledHTML: [UInt8]?

    /// The body as HTML, by cmark's own renderer in its safe mode (raw HTML and dangerous URLs dropped).
    public func html() -> String {
        String(decoding: htmlBytes(), as: UTF8.self)
    }

    /// The same as UTF-8 bytes, copied from cmark's buffer as they are: cmark was given valid UTF-8
    /// and writes valid UTF-8, so they are not checked again.
    func htmlBytes() -> [UInt8] {
        if let settledHTML { return settledHTML }
        guard let rendered = cmark_render_html(root, Self.parseOptions) else { return [] }
        defer { MarkdownArena.memory.pointee.free(rendered) }
        return Array(
            UnsafeBufferPointer(
                start: UnsafeRawPointer(rendered).assumingMemoryBound(to: UInt8.self), count: strlen(rendered)))
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

    /// cmark makes a node's text into a C string the first time it is asked for, writing to the node;
    /// asking once here, while the tree is still being built, makes every later read a pure read, so
    /// editions can read the tree side by side.
    func settleStrings(of node: MarkdownNode) {
        switch cmark_node_get_type(node.pointer) {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
            _ = cmark_node_get_literal(node.pointer)
        case CMARK_NODE_CODE_BLOCK:
            _ = cmark_node_get_literal(node.pointer)
            _ = cmark_node_get_fence_info(node.pointer)
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            _ = cmark_node_get_url(node.pointer)
            _ = cmark_node_get_title(node.pointer)
        default:
            break
        }
    }

    /// Renders the HTML once, while the tree is still being built (after its links and headings are
    /// settled), so that every edition that asks for it later only reads it.
    func settleHTML() {
        settledHTML = htmlBytes()
    }

    func setHeadingLevel(of node: MarkdownNode, to level: Int) {
        cmark_node_set_heading_level(node.pointer, Int32(level))
    }
}
