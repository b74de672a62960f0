#ifndef BROADSIDE_FOLDER_EXCHANGE_H
#define BROADSIDE_FOLDER_EXCHANGE_H

/// Exchanges the two paths in one atomic step (Linux: renameat2 with RENAME_EXCHANGE; macOS:
/// renamex_np with RENAME_SWAP): at every moment each path names one complete folder.
/// Returns 0, or the errno value: ENOSYS, EINVAL or ENOTSUP when the system or the file system
/// cannot exchange, and the caller must fall back to two renames.
int broadside_exchange(const char *first, const char *second);

#endif
