import CCmark
import Testing

@testable import BroadsideCore

/// The walk follows the tree's links itself; it must give exactly the events cmark's iterator gives.
@Suite("Markdown walk")
struct MarkdownWalkTests {
    static let bodies: [[Substring]] = [
        ["plain words"],
        [""],
        ["# Heading with *emphasis* and `code`", "", "- one", "- two", "  1. nested", "", "> quote", "> > deeper"],
        [
            "```", "code", "```", "", "---", "", "A [link **with** words](https://example.org) and ![](pic.png).",
            "line  ", "break",
        ],
        ["- ", "-", "", "1.", "", "> ", ">"],
        (0..<40).map { Substring(String(repeating: "> ", count: $0) + "- deep \($0)") },
    ]

    /// The events cmark's own iterator gives from `node`, skipping the children of the nodes `skipping`
    /// says to (as `cmark_iter_reset` to the node's exit).
    static func cmarkEvents(from node: OpaquePointer, skipping: (OpaquePointer) -> Bool) -> [String] {
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        var events: [String] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            let current = cmark_iter_get_node(iterator)!
            events.append(describe(current, entering: event == CMARK_EVENT_ENTER))
            if event == CMARK_EVENT_ENTER && skipping(current) { cmark_iter_reset(iterator, current, CMARK_EVENT_EXIT) }
        }
        return events
    }

    static func walkEvents(from node: OpaquePointer, skipping: (OpaquePointer) -> Bool) -> [String] {
        var walk = MarkdownWalk(from: MarkdownNode(node))
        var events: [String] = []
        while let event = walk.next() {
            events.append(describe(event.node.pointer, entering: event.entering))
            if event.entering && skipping(event.node.pointer) { walk.skipChildren(of: event.node) }
        }
        return events
    }

    static func describe(_ node: OpaquePointer, entering: Bool) -> String {
        "\(entering ? "enter" : "exit") \(String(cString: cmark_node_get_type_string(node))) \(UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(node))))"
    }

    @Test("every subtree walks as cmark's iterator walks it, with and without skipped children")
    func walksAsCmarkIterates() {
        for body in Self.bodies {
            let document = MarkdownDocument(lines: body)
            // From every node of the tree, as the renderers and checks start from the root or a link.
            var starts: [OpaquePointer] = []
            for event in MarkdownWalk(from: document.rootNode) where event.entering {
                starts.append(event.node.pointer)
            }
            #expect(!starts.isEmpty)
            let skippers: [(OpaquePointer) -> Bool] = [
                { _ in false },
                { cmark_node_get_type($0) == CMARK_NODE_LINK || cmark_node_get_type($0) == CMARK_NODE_ITEM },
                { cmark_node_get_type($0) == CMARK_NODE_PARAGRAPH },
            ]
            for start in starts {
                for skipping in skippers {
                    #expect(
                        Self.walkEvents(from: start, skipping: skipping)
                            == Self.cmarkEvents(from: start, skipping: skipping))
                }
            }
        }
    }
}
