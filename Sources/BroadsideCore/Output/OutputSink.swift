import FoundationEssentials
import Glibc

/// Where a build's files go while the editions are being made, piece by piece: into memory (for tests
/// and library users), straight into a staging folder on disk (for `broadside build`, so that a large
/// campaign's editions never have to be held in memory at once), or nowhere (for `broadside check`).
///
/// Editions append to their files in order; a file is created by its first append. Writes are
/// buffered, so many small appends cost one system call per `bufferSize` bytes. A sink is used by one
/// thread at a time: the thread that adds pages to the editions.
final class OutputSink: @unchecked Sendable {
    enum Destination {
        case memory
        case folder(URL)
        case discard
    }

    /// Bytes kept for a file on disk before they are written out.
    static let bufferSize = 1 << 18
    /// A piece at least this long is written straight to its file: copying it into the buffer first
    /// would cost more than the system call it saves (a page's share of an edition is tens of KB).
    static let directWriteSize = 1 << 14

    private let destination: Destination
    /// Paths in the order they were first written; with `.memory`, their contents too.
    private var order: [String] = []
    private var contents: [String: [UInt8]] = [:]
    private var openFiles: [String: OpenFile] = [:]
    /// The first failure to write, if any: every later write is skipped, and `close` throws it.
    private(set) var failure: Error?

    init(_ destination: Destination) {
        self.destination = destination
    }

    /// Appends `bytes` to the file at `path` (relative to the output folder), creating it if needed.
    func append<Bytes: Collection>(_ bytes: Bytes, to path: String) where Bytes.Element == UInt8 {
        switch destination {
        case .discard:
            return
        case .memory:
            if contents[path] == nil { order.append(path) }
            contents[path, default: []].append(contentsOf: bytes)
        case .folder(let folder):
            guard failure == nil else { return }
            do {
                try file(path, in: folder).append(bytes)
            } catch {
                failure = error
            }
        }
    }

    func append(_ text: String, to path: String) {
        append(text.utf8, to: path)
    }

    /// Writes a whole file at once (a page of the site, the PDF): on disk it is closed straight away,
    /// so that a site of many pages holds no buffer or descriptor for each.
    func write(_ bytes: [UInt8], to path: String) {
        append(bytes, to: path)
        guard case .folder = destination, let file = openFiles.removeValue(forKey: path) else { return }
        do { try file.close() } catch { failure = failure ?? error }
    }

    func write(_ text: String, to path: String) {
        write(Array(text.utf8), to: path)
    }

    /// Appends the whole of the file at `source` to the one at `path`, then removes `source`: how a
    /// file made in parts (the email message) is put together without holding the parts in memory.
    func move(contentsOf source: String, appendingTo path: String) {
        switch destination {
        case .discard:
            return
        case .memory:
            append(contents.removeValue(forKey: source) ?? [], to: path)
            order.removeAll { $0 == source }
        case .folder(let folder):
            guard failure == nil else { return }
            do {
                let part = try file(source, in: folder)
                try part.close()
                openFiles[source] = nil
                let url = folder.appendingPathComponent(source)
                try file(path, in: folder).append(contentsOfFileAt: url.path)
                try FileManager.default.removeItem(at: url)
                order.removeAll { $0 == source }
            } catch {
                failure = error
            }
        }
    }

    /// Writes `bytes` over the first bytes of the file at `path`, which is open and at least as long: how
    /// a header that depends on what follows it (the email message's) takes the place kept for it.
    func overwrite(startOf path: String, with bytes: [UInt8]) {
        switch destination {
        case .discard:
            return
        case .memory:
            contents[path]?.replaceSubrange(0..<bytes.count, with: bytes)
        case .folder(let folder):
            guard failure == nil else { return }
            do {
                try file(path, in: folder).overwrite(startWith: bytes)
            } catch {
                failure = error
            }
        }
    }

    /// Writes out what is buffered and closes every file; throws the first failure to write.
    func close() throws {
        for file in openFiles.values {
            do { try file.close() } catch { failure = failure ?? error }
        }
        openFiles = [:]
        if let failure { throw failure }
    }

    /// The files written, in the order they were begun (with `.memory`; empty otherwise).
    var files: [OutputFile] {
        order.map { OutputFile(path: $0, contents: contents[$0] ?? []) }
    }

    private func file(_ path: String, in folder: URL) throws -> OpenFile {
        if let open = openFiles[path] { return open }
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let open = try OpenFile(path: url.path)
        openFiles[path] = open
        order.append(path)
        return open
    }
}

/// A file being written: a descriptor and a buffer in front of it.
private final class OpenFile {
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private let path: String

    init(path: String) throws {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0 { throw Self.error(path) }
    }

    func append<Bytes: Collection>(_ bytes: Bytes) throws where Bytes.Element == UInt8 {
        if bytes.count >= OutputSink.directWriteSize {
            try flush()
            // A large piece (a page's share of an edition) goes straight to the file, not through the buffer.
            if try bytes.withContiguousStorageIfAvailable({ try write(UnsafeRawBufferPointer($0)) }) != nil { return }
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= OutputSink.bufferSize { try flush() }
    }

    /// Appends the whole of another file, copied by the kernel (`copy_file_range`) where it can.
    func append(contentsOfFileAt source: String) throws {
        try flush()
        let input = open(source, O_RDONLY | O_CLOEXEC)
        if input < 0 { throw Self.error(source) }
        defer { _ = Glibc.close(input) }
        while true {
            let copied = linuxCopyFileRange(input, nil, descriptor, nil, 1 << 30, 0)
            if copied > 0 { continue }
            if copied == 0 { return }
            if errno == EINTR { continue }
            break
        }
        // Where the kernel cannot copy between these files, read and write.
        var chunk = [UInt8](repeating: 0, count: OutputSink.bufferSize)
        while true {
            let read = chunk.withUnsafeMutableBytes { Glibc.read(input, $0.baseAddress!, $0.count) }
            if read < 0 && errno == EINTR { continue }
            if read < 0 { throw Self.error(source) }
            if read == 0 { return }
            try chunk.withUnsafeBytes { try write(UnsafeRawBufferPointer(rebasing: $0[..<read])) }
        }
    }

    /// Writes `bytes` at the start of the file, over what was written there.
    func overwrite(startWith bytes: [UInt8]) throws {
        try flush()
        try bytes.withUnsafeBytes { try write($0, at: 0) }
    }

    func flush() throws {
        try buffer.withUnsafeBytes { try write($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes all of `raw` at the end of the file, or from `position` on.
    private func write(_ raw: UnsafeRawBufferPointer, at position: Int? = nil) throws {
        var offset = 0
        while offset < raw.count {
            let start = raw.baseAddress! + offset
            let written =
                position.map { pwrite(descriptor, start, raw.count - offset, off_t($0 + offset)) }
                ?? Glibc.write(descriptor, start, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw Self.error(path)
            }
            offset += written
        }
    }

    func close() throws {
        guard descriptor >= 0 else { return }
        defer {
            _ = Glibc.close(descriptor)
            descriptor = -1
        }
        try flush()
    }

    deinit {
        if descriptor >= 0 { _ = Glibc.close(descriptor) }
    }

    private static func error(_ path: String) -> Error {
        FileSystemError(path: path)
    }
}

/// Linux's `copy_file_range`, which Glibc's module does not import (it is declared for `_GNU_SOURCE` only).
@_silgen_name("copy_file_range")
private func linuxCopyFileRange(
    _ input: Int32, _ inputOffset: UnsafeMutablePointer<Int64>?, _ output: Int32,
    _ outputOffset: UnsafeMutablePointer<Int64>?, _ length: Int, _ flags: UInt32
) -> Int
