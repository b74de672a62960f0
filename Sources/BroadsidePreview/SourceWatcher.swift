import Glibc

/// Tells when the campaign's files change, by looking at them every `interval`: their identity, size
/// and modification time, which change however an editor saves (in place, or by a new file renamed
/// over the old). Looking is a `stat` of each file, and works the same on Linux and macOS.
struct SourceWatcher: Sendable {
    /// The files to look at, listed again each time (a file added to `content/site/` counts).
    let paths: @Sendable () -> [String]
    var interval: Duration = .milliseconds(40)

    /// What a file looks like from outside; nil when it does not exist.
    struct Signature: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int
    }

    func signatures() -> [Signature?] {
        paths().map { path in
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            return Signature(
                device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int64(status.st_size),
                modifiedSeconds: Int(status.st_mtim.tv_sec), modifiedNanoseconds: Int(status.st_mtim.tv_nsec))
        }
    }

    /// Calls `changed` after each change, until the task is cancelled.
    func watch(_ changed: @Sendable () async -> Void) async {
        var last = signatures()
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            let now = signatures()
            guard now != last else { continue }
            last = now
            await changed()
        }
    }
}
