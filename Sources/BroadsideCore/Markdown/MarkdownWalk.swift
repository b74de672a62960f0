import CCmark

/// Every node of a subtree in document order, each container entered and then exited, as cmark's own
/// iterator gives them (a leaf is only entered; an empty container is entered and exited). No
/// recursion, so a body nested ten thousand levels deep walks like a flat one; and, unlike cmark's
/// iterator, nothing allocated: the walk follows the tree's own links from the node it stands on, and
/// a hundred thousand walks of a large build cost no malloc.
public struct MarkdownWalk: Sequence, IteratorProtocol {
    public struct Event {
        public let node: MarkdownNode
        /// True when the walk enters the node; false when it leaves a container.
        public let entering: Bool
    }

    private let root: OpaquePointer
    /// The event given last, or nil once the walk is over; before the first, the root's entry.
    private var current: OpaquePointer?
    private var entering = true
    private var started = false

    public init(from node: MarkdownNode) {
        root = node.pointer
        current = node.pointer
    }

    public mutating func next() -> Event? {
        guard let node = current else { return nil }
        if !started {
            started = true
            return Event(node: MarkdownNode(node), entering: true)
        }
        if entering && !Self.isLeaf(node) {
            // Into a container: its first child, or straight out of it when it has none.
            if let child = cmark_node_first_child(node) {
                current = child
            } else {
                entering = false
            }
        } else if node == root {
            current = nil
            return nil
        } else if let sibling = cmark_node_next(node) {
            current = sibling
            entering = true
        } else {
            current = cmark_node_parent(node)
            entering = false
        }
        return Event(node: MarkdownNode(current!), entering: entering)
    }

    /// Leaves a container's children out of the walk, and its exit too: the walk goes on after it
    /// (as cmark's renderers do when a node callback returns 0).
    public mutating func skipChildren(of node: MarkdownNode) {
        current = node.pointer
        entering = false
        started = true
    }

    /// The nodes cmark's iterator enters without exiting: those that never have children.
    private static func isLeaf(_ node: OpaquePointer) -> Bool {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_TEXT,
            CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
            true
        default:
            false
        }
    }
}
