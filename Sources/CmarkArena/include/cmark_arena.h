#ifndef BROADSIDE_CMARK_ARENA_H
#define BROADSIDE_CMARK_ARENA_H

#include <stddef.h>

/// Memory for cmark's trees, taken in large chunks and given back all at once.
///
/// A page's Markdown is parsed into a tree for each of its blocks: nodes, their text and cmark's
/// working buffers, hundreds of thousands of small blocks at scale 1000, each allocated and later freed
/// one by one through malloc. While an arena is entered on a thread, every block cmark asks for on that
/// thread comes from the arena instead, and freeing it costs nothing; the arena's chunks go back to
/// malloc when it is destroyed. Outside an arena, cmark's blocks come from malloc as before. Either way
/// each block starts with a small header that says where it came from, so that the same `cmark_mem`
/// serves both.
typedef struct broadside_cmark_arena broadside_cmark_arena;

/// A new, empty arena; never NULL (a failed allocation aborts, as cmark's own allocator does).
broadside_cmark_arena *broadside_cmark_arena_create(void);

/// Gives the arena's chunks back to malloc. Every tree allocated in it must have been freed first, and
/// no thread may have it entered.
void broadside_cmark_arena_destroy(broadside_cmark_arena *arena);

/// Makes `arena` (NULL for none) the one this thread's cmark allocations come from; returns the one
/// entered before, to enter again when done.
broadside_cmark_arena *broadside_cmark_arena_enter(broadside_cmark_arena *arena);

/// The allocator to give cmark (`cmark_parser_new_with_mem`): a `cmark_mem *`, typed `void *` here so
/// that this header does not include cmark.h a second time beside the CCmark module.
void *broadside_cmark_memory(void);

#endif
