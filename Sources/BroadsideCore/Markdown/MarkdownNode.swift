import CCmark
import Glibc

/// A read-only view of one node of a cmark tree, valid while its document lives (and, like the
/// document, kept on the build's thread).
public struct MarkdownNode: Hashable {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    /// The kinds of node cmark makes, one case each, so that every renderer's `switch` is exhaustive.
    public enum Kind: Sendable {
        case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph, heading
        case thematicBreak, text, softBreak, lineBreak, code, htmlInline, customInline, emphasis, strong
        case link, image
    }

    public var kind: Kind {
        switch cmark_node_get_type(pointer) {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_CUSTOM_BLOCK: .customBlock
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_CUSTOM_INLINE: .customInline
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        default: .customInline
        }
    }

    /// The text of a text, code, code block or raw HTML node; empty for others.
    public var literal: String {
        cmark_node_get_literal(pointer).map { String(cString: $0) } ?? ""
    }

    /// Whether the node's text contains `needle`, without making a Swift string of it.
    func literalContains(_ needle: String) -> Bool {
        guard let literal = cmark_node_get_literal(pointer) else { return false }
        return strstr(literal, needle) != nil
    }

    /// The destination of a link or image.
    public var url: String {
        cmark_node_get_url(pointer).map { String(cString: $0) } ?? ""
    }

    /// The title of a link or image (`[words](url "title")`), empty when it has none.
    public var title: String {
        cmark_node_get_title(pointer).map { String(cString: $0) } ?? ""
    }

    /// The info string of a fenced code block (` ```sh ` gives `sh`).
    public var fenceInfo: String {
        cmark_node_get_fence_info(pointer).map { String(cString: $0) } ?? ""
    }

    public var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }

    public var isOrderedList: Bool { cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST }

    public var listStart: Int { Int(cmark_node_get_list_start(pointer)) }

    public var isTightList: Bool { cmark_node_get_list_tight(pointer) != 0 }

    /// Where the node starts in its body, as cmark counts: line from 1, column in bytes from 1.
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    var endLine: Int { Int(cmark_node_get_end_line(pointer)) }

    public var parent: MarkdownNode? { cmark_node_parent(pointer).map(MarkdownNode.init) }
    public var firstChild: MarkdownNode? { cmark_node_first_child(pointer).map(MarkdownNode.init) }
    public var next: MarkdownNode? { cmark_node_next(pointer).map(MarkdownNode.init) }

    /// The text a reader sees in this node and its descendants (no markup, no URLs).
    public var plainText: String {
        var text = ""
        for event in MarkdownWalk(from: self) where event.entering {
            switch event.node.kind {
            case .text, .code: text += event.node.literal
            case .softBreak, .lineBreak: text += " "
            default: break
            }
        }
        return text
    }
}
