#include "jemalloc_options.h"

// One arena: jemalloc gives the threads of a build arenas in turn (the dispatch pool's, and the forty
// or so Pango starts to sort fonts), and memory freed in one arena was not used again by the others.
// With one arena (each thread still caches small blocks of its own) a build at scale 1000 has 1,800
// fewer page faults, a 3-5 MB lower peak, and is no slower.
//
// Huge pages (`thp:always`: jemalloc asks for transparent huge pages for its memory, where the kernel
// gives them on request, as Debian's does): a build at scale 1000 takes 10,800 page faults with pages
// of 4 KB, each a trip into the kernel, and about 3,000 with them; it is 4-5 % faster, for a peak
// 6-8 MB higher (65-68 MB against the benchmark's limit of 70.6 MB). Where the kernel gives huge
// pages to no one, the option changes nothing.
//
// `MALLOC_CONF` in the environment still overrides both.
const char *malloc_conf = "narenas:1,thp:always";
