import CCmark
import CmarkArena

/// Memory for the cmark trees of one page (`CmarkArena`): the page's blocks are parsed inside it, and
/// it is given back at once when the last of its trees is freed. cmark allocates and frees a million
/// small blocks at scale 1000; through malloc, that was 7 % of the build's instructions.
final class MarkdownArena: @unchecked Sendable {
    /// cmark's allocator for every tree: from the arena entered on the thread, or from malloc.
    static var memory: UnsafeMutablePointer<cmark_mem> {
        broadside_cmark_memory().assumingMemoryBound(to: cmark_mem.self)
    }

    private let arena: OpaquePointer

    init() {
        arena = broadside_cmark_arena_create()
    }

    deinit {
        broadside_cmark_arena_destroy(arena)
    }

    /// Runs `body` with what cmark allocates on this thread taken from this arena. The trees made
    /// inside must keep the arena (`MarkdownDocument.arena`) as long as they live.
    func entered<Result>(_ body: () -> Result) -> Result {
        let before = broadside_cmark_arena_enter(arena)
        defer { broadside_cmark_arena_enter(before) }
        return body()
    }
}
