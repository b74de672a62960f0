import CCmark
import Testing

@testable import BroadsideCore

/// The allocator cmark is given: blocks from a page's arena or from malloc must behave as malloc's do,
/// whichever arena (or none) is entered when they are grown or freed.
@Suite("Markdown arena")
struct MarkdownArenaTests {
    /// A block being checked: where it is, how many bytes it holds, and the byte they all are.
    struct Block {
        var pointer: UnsafeMutablePointer<UInt8>
        var count: Int
        var fill: UInt8

        func holdsItsBytes() -> Bool {
            (0..<count).allSatisfy { pointer[$0] == fill }
        }
    }

    @Test("blocks keep their bytes through calloc, realloc and free, in two arenas and outside any")
    func blocksKeepTheirBytes() {
        let memory = MarkdownArena.memory.pointee
        let arenas = [MarkdownArena(), MarkdownArena()]
        var generator = SystemRandomNumberGenerator()
        var blocks: [Block?] = Array(repeating: nil, count: 500)
        // Entered and left as the test goes: the arena entered is an index into `arenas`, or nil.
        var entered: Int? = 0
        func step<Result>(_ body: () -> Result) -> Result {
            guard let entered else { return body() }
            return arenas[entered].entered(body)
        }
        for round in 0..<40_000 {
            if round % 500 == 0 { entered = [0, 1, nil].randomElement(using: &generator)! }
            let slot = Int.random(in: 0..<blocks.count, using: &generator)
            // Mostly small, as cmark's nodes and strings are; sometimes the size of a growing buffer.
            let count =
                Int.random(in: 0..<4, using: &generator) == 0
                ? Int.random(in: 0..<2_000, using: &generator) : Int.random(in: 0..<48, using: &generator)
            let fill = UInt8.random(in: 0...255, using: &generator)
            guard let block = blocks[slot] else {
                let cleared = Bool.random(using: &generator)
                let raw = step {
                    cleared ? memory.calloc(1, count) : memory.realloc(nil, count)
                }!
                let pointer = raw.assumingMemoryBound(to: UInt8.self)
                if cleared { #expect((0..<count).allSatisfy { pointer[$0] == 0 }) }
                pointer.update(repeating: fill, count: count)
                blocks[slot] = Block(pointer: pointer, count: count, fill: fill)
                continue
            }
            #expect(block.holdsItsBytes(), "a block lost its bytes before round \(round)")
            if Bool.random(using: &generator) {
                step { memory.free(block.pointer) }
                blocks[slot] = nil
            } else {
                let grown = step { memory.realloc(block.pointer, count) }!.assumingMemoryBound(to: UInt8.self)
                let kept = min(count, block.count)
                #expect((0..<kept).allSatisfy { grown[$0] == block.fill }, "realloc lost bytes in round \(round)")
                grown.update(repeating: fill, count: count)
                blocks[slot] = Block(pointer: grown, count: count, fill: fill)
            }
        }
        for case let block? in blocks {
            #expect(block.holdsItsBytes())
            memory.free(block.pointer)
        }
    }

    @Test("bodies parsed in one arena render as one parsed outside any")
    func arenaParsesAlike() throws {
        let body: [Substring] = [
            "# A heading", "", "Some *emphasis*, **strong** words, `code` and [a link](https://example.org \"title\").",
            "", "- one", "- two", "  - nested with a [reference][ref]", "", "> quoted", "> > twice", "",
            "```swift", "let x = 1", "```", "", "[ref]: https://example.org/ref", "",
            String(repeating: "A long paragraph that grows cmark's buffers. ", count: 400)[...],
        ]
        let outside = MarkdownDocument(lines: body).html()
        #expect(outside.contains("<a href=\"https://example.org/ref\">reference</a>"))
        // As a page's blocks are: one after the other in the same arena, each rendered as it is parsed,
        // so that later trees are built in blocks the earlier ones freed.
        let arena = MarkdownArena()
        let documents = arena.entered {
            (0..<50).map { _ in
                let document = MarkdownDocument(lines: body, arena: arena)
                document.settleHTML()
                return document
            }
        }
        for document in documents { #expect(document.html() == outside) }
    }
}
