import CCmark

/// Every node of a subtree in document order, each container entered and then exited, by cmark's
/// own iterator: no recursion, so a body nested ten thousand levels deep walks like a flat one.
public struct MarkdownWalk: Sequence, IteratorProtocol {
    public struct Event {
        public let node: MarkdownNode
        /// True when the walk enters the node; false when it leaves a container.
        public let entering: Bool
    }

    private let iterator: OpaquePointer
    private let owner: Owner

    /// Frees cmark's iterator when the last copy of the walk goes away.
    private final class Owner {
        let iterator: OpaquePointer
        init(_ iterator: OpaquePointer) { self.iterator = iterator }
        deinit { cmark_iter_free(iterator) }
    }

    public init(from node: MarkdownNode) {
        iterator = cmark_iter_new(node.pointer)
        owner = Owner(iterator)
    }

    public mutating func next() -> Event? {
        let event = cmark_iter_next(iterator)
        guard event != CMARK_EVENT_DONE, let node = cmark_iter_get_node(iterator) else { return nil }
        return Event(node: MarkdownNode(node), entering: event == CMARK_EVENT_ENTER)
    }

    /// Leaves a container's children out of the walk, and its exit too: the walk goes on after it
    /// (as cmark's renderers do when a node callback returns 0).
    public mutating func skipChildren(of node: MarkdownNode) {
        cmark_iter_reset(iterator, node.pointer, CMARK_EVENT_EXIT)
    }
}
