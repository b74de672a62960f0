#include "cmark_arena.h"

#include <cmark.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Every block handed to cmark follows a header of 16 bytes, which keeps the block aligned as malloc's
// are: the size asked for, and where the block came from: the arena that owns it, or malloc.
typedef struct {
    size_t size;
    uintptr_t origin;
} header;

// Not an address any arena can have.
static const uintptr_t from_malloc = 0x62726d616c6c6f63;

typedef struct chunk {
    struct chunk *previous;
    // Pads the chunk's start to 16 bytes, so that its first header is aligned.
    size_t unused;
} chunk;

// Blocks up to this size freed while the trees are built are kept by size, 16 bytes apart, to be given
// again: at scale 1000, 57 of the 83 MB cmark asks for while it parses are freed before the parse
// ends, most of them in blocks of 128 bytes or less. Without this, a page's arena was several times the
// size of its trees.
enum { reused_sizes = 32, largest_reused = reused_sizes * 16 };

struct broadside_cmark_arena {
    chunk *chunks;
    /// Where the next block goes in the newest chunk, and where that chunk ends.
    char *next;
    char *limit;
    size_t chunk_size;
    /// Freed blocks of each size (`(size + 15) / 16 - 1`), linked through their first bytes.
    void *freed[reused_sizes];
};

// Chunks start small, for the trees of a short page, and double up to a limit as a page goes on.
static const size_t first_chunk_size = 16 * 1024;
static const size_t largest_chunk_size = 128 * 1024;

static _Thread_local broadside_cmark_arena *current;

static void out_of_memory(void) {
    fputs("broadside: out of memory for cmark's trees, aborting\n", stderr);
    abort();
}

static size_t rounded(size_t size) {
    if (size > SIZE_MAX - 64) out_of_memory();
    return (size + 15) & ~(size_t)15;
}

broadside_cmark_arena *broadside_cmark_arena_create(void) {
    broadside_cmark_arena *arena = calloc(1, sizeof(broadside_cmark_arena));
    if (!arena) out_of_memory();
    arena->chunk_size = first_chunk_size;
    return arena;
}

void broadside_cmark_arena_destroy(broadside_cmark_arena *arena) {
    if (!arena) return;
    chunk *c = arena->chunks;
    while (c) {
        chunk *previous = c->previous;
        free(c);
        c = previous;
    }
    free(arena);
}

broadside_cmark_arena *broadside_cmark_arena_enter(broadside_cmark_arena *arena) {
    broadside_cmark_arena *before = current;
    current = arena;
    return before;
}

/// The list of freed blocks of `room` bytes (a multiple of 16), or NULL for a size not kept.
static void **freed_list(broadside_cmark_arena *arena, size_t room) {
    return room != 0 && room <= largest_reused ? &arena->freed[room / 16 - 1] : NULL;
}

/// A block of `size` bytes from `arena`, not cleared: a freed one of its size, or the next in the chunk.
static void *arena_allocate(broadside_cmark_arena *arena, size_t size) {
    size_t room = rounded(size);
    void **list = freed_list(arena, room);
    if (list && *list) {
        void *block = *list;
        *list = *(void **)block;
        ((header *)block - 1)->size = size;
        return block;
    }
    size_t needed = sizeof(header) + room;
    if ((size_t)(arena->limit - arena->next) < needed) {
        size_t chunk_size = arena->chunk_size;
        if (chunk_size < needed + sizeof(chunk)) chunk_size = needed + sizeof(chunk);
        chunk *c = malloc(chunk_size);
        if (!c) out_of_memory();
        c->previous = arena->chunks;
        arena->chunks = c;
        arena->next = (char *)(c + 1);
        arena->limit = (char *)c + chunk_size;
        if (arena->chunk_size < largest_chunk_size) arena->chunk_size *= 2;
    }
    header *h = (header *)arena->next;
    h->size = size;
    h->origin = (uintptr_t)arena;
    arena->next += needed;
    return h + 1;
}

/// A block of `size` bytes from malloc, behind its header.
static void *malloc_allocate(size_t size, int cleared) {
    size_t total = sizeof(header) + rounded(size);
    header *h = cleared ? calloc(1, total) : malloc(total);
    if (!h) out_of_memory();
    h->size = size;
    h->origin = from_malloc;
    return h + 1;
}

static void *allocate(size_t size, int cleared) {
    if (!current) return malloc_allocate(size, cleared);
    void *block = arena_allocate(current, size);
    if (cleared) memset(block, 0, size);
    return block;
}

/// Whether `block`, of `arena`, is the last in its chunk, right before where the next one goes.
static int is_last(broadside_cmark_arena *arena, void *block, header *h) {
    return (char *)block + rounded(h->size) == arena->next;
}

/// Gives back a block of the arena entered on this thread: the chunk's last goes back to it, a small
/// one to the blocks of its size. Any other arena block stays where it is until its arena goes.
static void arena_release(broadside_cmark_arena *arena, void *block, header *h) {
    if (is_last(arena, block, h)) {
        arena->next = (char *)h;
        return;
    }
    void **list = freed_list(arena, rounded(h->size));
    if (list) {
        *(void **)block = *list;
        *list = block;
    }
}

static void *arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) out_of_memory();
    return allocate(count * size, 1);
}

static void *arena_realloc(void *block, size_t size) {
    if (!block) return allocate(size, 0);
    header *h = (header *)block - 1;
    if (h->origin == from_malloc) {
        header *moved = realloc(h, sizeof(header) + rounded(size));
        if (!moved) out_of_memory();
        moved->size = size;
        return moved + 1;
    }
    // A size within the block's room keeps the block; the larger of the two sizes is what a move copies.
    if (rounded(size) <= rounded(h->size)) {
        if (size > h->size) h->size = size;
        return block;
    }
    broadside_cmark_arena *arena = current;
    int owned = arena && h->origin == (uintptr_t)arena;
    if (owned && is_last(arena, block, h) && (size_t)(arena->limit - (char *)block) >= rounded(size)) {
        arena->next = (char *)block + rounded(size);
        h->size = size;
        return block;
    }
    void *moved = allocate(size, 0);
    memcpy(moved, block, h->size);
    if (owned) arena_release(arena, block, h);
    return moved;
}

static void arena_free(void *block) {
    if (!block) return;
    header *h = (header *)block - 1;
    if (h->origin == from_malloc) {
        free(h);
        return;
    }
    broadside_cmark_arena *arena = current;
    if (arena && h->origin == (uintptr_t)arena) arena_release(arena, block, h);
}

static cmark_mem memory = {arena_calloc, arena_realloc, arena_free};

void *broadside_cmark_memory(void) { return &memory; }
