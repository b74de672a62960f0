import Glibc

/// What reading and scaling pictures gave, kept from one compile to the next by a process that
/// compiles again and again (the preview, on every save): a picture whose bytes have not changed is
/// not decoded again, nor are its copies for the site made again. Each entry is checked against the
/// file's bytes, so a changed picture is read afresh. Compiles may share it from any thread.
public final class PictureCache: @unchecked Sendable {
    private var lock = pthread_mutex_t()
    private var pictures: [String: (source: [UInt8], picture: Picture)] = [:]
    private var copies: [String: (source: [UInt8], bytes: [UInt8])] = [:]
    /// How many times a picture or a copy was found, not made (for tests).
    private(set) var reused = 0

    public init() {
        pthread_mutex_init(&lock, nil)
    }

    deinit {
        pthread_mutex_destroy(&lock)
    }

    private func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        return body()
    }

    /// The picture read from the file's `bytes` at `path` before, if the bytes are the same.
    func picture(at path: String, bytes: [UInt8]) -> Picture? {
        locked {
            let found = pictures[path].flatMap { $0.source == bytes ? $0.picture : nil }
            if found != nil { reused += 1 }
            return found
        }
    }

    /// Keeps `picture`, read from the file's `bytes`.
    func store(_ picture: Picture, readFrom bytes: [UInt8]) {
        locked { pictures[picture.path] = (bytes, picture) }
    }

    /// The site's copy of `picture` `width` pixels wide, made before from the same bytes.
    func copy(of picture: Picture, width: Int) -> [UInt8]? {
        locked {
            let found = copies["\(width)/\(picture.path)"].flatMap { $0.source == picture.bytes ? $0.bytes : nil }
            if found != nil { reused += 1 }
            return found
        }
    }

    func store(copy bytes: [UInt8], of picture: Picture, width: Int) {
        locked { copies["\(width)/\(picture.path)"] = (picture.bytes, bytes) }
    }
}
