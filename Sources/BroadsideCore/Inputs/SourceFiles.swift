import FoundationEssentials
import Glibc

/// Finding and reading the campaign source on disk, with an error a person can act on for each way it fails.
public enum SourceFiles {
    /// The largest source read: far beyond any campaign, small enough that a wrong file fails fast.
    public static let maximumSize = 64 << 20

    /// The source a command means: the file named, the single source in a folder named, or, when
    /// nothing is named, the single source in `content/` under `currentDirectory`.
    public static func locate(_ argument: String?, currentDirectory: String) -> Result<String, Diagnostic> {
        let named = argument ?? PackageLayout.contentFolder
        let absolute = named.hasPrefix("/") ? named : currentDirectory + "/" + named
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
            if argument == nil {
                return .failure(
                    .error(
                        "there is no `\(PackageLayout.contentFolder)/` folder here",
                        at: .wholeFile(named),
                        notes: [
                            Diagnostic.Note(
                                "run this in the campaign's folder, or name the source: broadside build path/to/campaign.\(PackageLayout.sourceExtension)"
                            )
                        ]))
            }
            return .failure(.error("there is no file or folder at this path", at: .wholeFile(named)))
        }
        guard isDirectory else { return .success(named) }
        return findSource(inFolder: named, absolute: absolute)
    }

    private static func findSource(inFolder named: String, absolute: String) -> Result<String, Diagnostic> {
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: absolute)) ?? [])
            .filter { $0.hasSuffix(".\(PackageLayout.sourceExtension)") && !$0.hasPrefix(".") }
            .sorted()
        let folder = named.hasSuffix("/") ? String(named.dropLast()) : named
        switch entries.count {
        case 0:
            return .failure(
                .error(
                    "no campaign source in this folder", at: .wholeFile(folder + "/"),
                    notes: [
                        Diagnostic.Note(
                            "a campaign source is a file ending in .\(PackageLayout.sourceExtension), such as \(folder)/campaign.\(PackageLayout.sourceExtension)"
                        )
                    ]))
        case 1:
            return .success("\(folder)/\(entries[0])")
        default:
            return .failure(
                .error(
                    "\(entries.count) campaign sources in this folder: \(entries.joined(separator: ", "))",
                    at: .wholeFile(folder + "/"),
                    notes: [
                        Diagnostic.Note(
                            "keep one source per campaign, or name the one to use: broadside build \(folder)/\(entries[0])"
                        )
                    ]))
        }
    }

    /// The staff's `style.css` in the source's folder, when there is one, as bytes: it is decoded and
    /// checked with the source, so that its mistakes are reported in the same run.
    public static func stylesheet(besideSource source: String) -> Result<InputFile?, Diagnostic> {
        let folder = folderPath(of: source)
        let path = folder.isEmpty ? CustomStylesheet.fileName : "\(folder)/\(CustomStylesheet.fileName)"
        guard FileManager.default.fileExists(atPath: path) else { return .success(nil) }
        return read(path).map { InputFile(path: path, bytes: $0) }
    }

    /// The bytes of the source at `path`, or why they cannot be read.
    public static func read(_ path: String) -> Result<[UInt8], Diagnostic> {
        switch readFile(path, limit: maximumSize) {
        case .bytes(let bytes): .success(bytes)
        case .missing: .failure(.error("the source file does not exist", at: .wholeFile(path)))
        case .folder: .failure(.error("this is a folder, not a campaign source", at: .wholeFile(path)))
        case .notRegular:
            .failure(
                .error(
                    "this is not a regular file (a device, a pipe or a socket)", at: .wholeFile(path),
                    notes: [Diagnostic.Note("name the campaign source file itself")]))
        case .tooLarge(let size): .failure(tooLarge(path, size: size))
        case .unreadable: .failure(unreadable(path))
        }
    }

    /// What reading a file gave.
    enum FileRead {
        case bytes([UInt8])
        case missing
        case folder
        /// A device, a pipe or a socket.
        case notRegular
        /// Its size, past the limit.
        case tooLarge(Int)
        case unreadable
    }

    /// The bytes of the file at `path`, up to `limit` bytes.
    ///
    /// What the file is comes from `fstat` of the file opened (without waiting: a FIFO with no writer
    /// would block the open), and only a regular file is read, never past the limit: a device such as
    /// /dev/zero has no end.
    static func readFile(_ path: String, limit: Int) -> FileRead {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .unreadable }
        if status.st_mode & S_IFMT == S_IFDIR { return .folder }
        guard status.st_mode & S_IFMT == S_IFREG else { return .notRegular }
        // Refused before it is read when its size says so; a file that grows meanwhile, when it passes it.
        let size = Int(status.st_size)
        guard size <= limit else { return .tooLarge(size) }
        guard let bytes = contents(of: descriptor, limit: limit + 1) else { return .unreadable }
        return bytes.count <= limit ? .bytes(bytes) : .tooLarge(bytes.count)
    }

    private static func tooLarge(_ path: String, size: Int) -> Diagnostic {
        .error(
            "the file is \(describeSize(size)); a campaign source may be at most \(maximumSize >> 20) MiB",
            at: .wholeFile(path),
            notes: [Diagnostic.Note("check that this is the campaign source and not another file")])
    }

    /// A size as exactly as it matters next to the limit: `64.0 MiB + 1 byte`, `65 MiB`, `1.5 GiB`.
    static func describeSize(_ size: Int) -> String {
        let mebibyte = 1 << 20
        let whole = size / mebibyte
        let rest = size % mebibyte
        if rest == 0 { return "\(whole) MiB" }
        // Just over a whole number of MiB, the bytes over it are what the reader needs.
        if rest < mebibyte / 10 { return "\(whole).0 MiB + \(rest) byte\(rest == 1 ? "" : "s")" }
        if size >= 1 << 30 {
            let tenths = (size * 10) >> 30
            return "\(tenths / 10).\(tenths % 10) GiB"
        }
        return "\(whole).\(rest * 10 / mebibyte) MiB"
    }

    private static func unreadable(_ path: String) -> Diagnostic {
        .error(
            "the source file cannot be read", at: .wholeFile(path),
            notes: [Diagnostic.Note("check that you have permission to read it")])
    }

    /// The file's bytes, read to its end or to `limit` bytes, in chunks; nil when a read fails.
    private static func contents(of descriptor: Int32, limit: Int) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count < limit {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { return nil }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
        }
        return bytes
    }
    /// `path` with every symbolic link and `.`/`..` resolved, as `realpath(3)` gives it; nil when it
    /// leads to nothing.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The folder part of `path`, as `NSString.deletingLastPathComponent` gives it: `content` for
    /// `content/campaign.broadside`, empty for `campaign.broadside`, `/` for `/campaign.broadside`.
    public static func folderPath(of path: String) -> String {
        var path = Substring(path)
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        guard let slash = path.lastIndex(of: "/") else { return "" }
        if slash == path.startIndex { return "/" }
        var folder = path[..<slash]
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        return String(folder)
    }
}
