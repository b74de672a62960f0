// The one call Swift's Glibc module does not show: renameat2 is declared only with _GNU_SOURCE.
#define _GNU_SOURCE
#include "folder_exchange.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>

#if defined(__linux__)
#include <sys/syscall.h>
#include <unistd.h>
#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif
#endif

int broadside_exchange(const char *first, const char *second) {
#if defined(__linux__) && defined(SYS_renameat2)
    // The system call itself, so that a C library older than renameat2 (glibc 2.28) still builds.
    if (syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE) == 0) return 0;
    return errno;
#elif defined(__APPLE__)
    if (renamex_np(first, second, RENAME_SWAP) == 0) return 0;
    return errno;
#else
    (void)first;
    (void)second;
    return ENOSYS;
#endif
}
