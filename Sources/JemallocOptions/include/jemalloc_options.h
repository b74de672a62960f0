#ifndef BROADSIDE_JEMALLOC_OPTIONS_H
#define BROADSIDE_JEMALLOC_OPTIONS_H

/// The options jemalloc reads when it starts (its `malloc_conf`), for the release build of the
/// `broadside` tool, which allocates with jemalloc; a build that allocates with glibc ignores them.
extern const char *malloc_conf;

#endif
