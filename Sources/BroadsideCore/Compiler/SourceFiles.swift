import FoundationEssentials
import Glibc

/// Finding and reading the campaign source on disk, with an error a person can act on for each way it fails.
public enum SourceFiles {
    /// The largest source read: far beyond any campaign, small enough that a wrong file fails fast.
    public static let maximumSize = 64 << 20

    /// The source a command means: the file named, the single source in a folder named, or, when
    /// nothing is named, the single source in `content/` under `currentDirectory`.
    public static func locate(_ argument: String?, currentDirectory: String) -> Result<String, Diagnostic> {
        let named = argument ?? EditionOutputs.contentFolder
        let absolute = named.hasPrefix("/") ? named : currentDirectory + "/" + named
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
            if argument == nil {
                return .failure(
                    .error(
                        "there is no `\(EditionOutputs.contentFolder)/` folder here",
                        at: .wholeFile(named),
                        notes: [
                            Diagnostic.Note(
                                "run this in the campaign's folder, or name the source: broadside build path/to/campaign.\(EditionOutputs.sourceExtension)"
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
            .filter { $0.hasSuffix(".\(EditionOutputs.sourceExtension)") && !$0.hasPrefix(".") }
            .sorted()
        let folder = named.hasSuffix("/") ? String(named.dropLast()) : named
        switch entries.count {
        case 0:
            return .failure(
                .error(
                    "no campaign source in this folder", at: .wholeFile(folder + "/"),
                    notes: [
                        Diagnostic.Note(
                            "a campaign source is a file ending in .\(EditionOutputs.sourceExtension), such as \(folder)/campaign.\(EditionOutputs.sourceExtension)"
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

    /// The staff's `style.css` in the source's folder, when there is one; a stylesheet that cannot be
    /// read as UTF-8 text is an error.
    public static func customStylesheet(besideSource source: String) -> Result<CustomStylesheet?, Diagnostic> {
        let folder = folderPath(of: source)
        let path = folder.isEmpty ? CustomStylesheet.fileName : "\(folder)/\(CustomStylesheet.fileName)"
        guard FileManager.default.fileExists(atPath: path) else { return .success(nil) }
        switch read(path) {
        case .failure(let diagnostic):
            return .failure(diagnostic)
        case .success(let bytes):
            guard let text = String(validating: bytes, as: UTF8.self) else {
                return .failure(
                    .error(
                        "the stylesheet is not UTF-8 text", at: .wholeFile(path),
                        notes: [Diagnostic.Note("save it as UTF-8 text")]))
            }
            return .success(CustomStylesheet(path: path, text: text))
        }
    }

    /// The bytes of the file at `path`, or why they cannot be read.
    ///
    /// What the file is and how long comes from `fstat` of the file opened, not FileManager's attributes:
    /// those look up the owner's and group's names (/etc/passwd, /etc/group, nscd), and without
    /// Foundation their size is not an `Int`, so a cast to one finds none.
    public static func read(_ path: String) -> Result<[UInt8], Diagnostic> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .failure(
                errno == ENOENT || errno == ENOTDIR
                    ? .error("the source file does not exist", at: .wholeFile(path)) : unreadable(path))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(unreadable(path)) }
        if status.st_mode & S_IFMT == S_IFDIR {
            return .failure(.error("this is a folder, not a campaign source", at: .wholeFile(path)))
        }
        let size = Int(status.st_size)
        if size > maximumSize {
            return .failure(
                .error(
                    "the source file is \(size >> 20) MiB; a campaign source may be at most \(maximumSize >> 20) MiB",
                    at: .wholeFile(path),
                    notes: [Diagnostic.Note("check that this is the campaign source and not another file")]))
        }
        guard let bytes = contents(of: descriptor, size: size) else { return .failure(unreadable(path)) }
        return .success(bytes)
    }

    private static func unreadable(_ path: String) -> Diagnostic {
        .error(
            "the source file cannot be read", at: .wholeFile(path),
            notes: [Diagnostic.Note("check that you have permission to read it")])
    }

    /// The file's bytes, read straight into one array (a large source is not copied on the way).
    /// The array is not filled with zeros first: the file's bytes are the first written to its memory.
    /// `size` is what `fstat` said; a file that grows meanwhile is read to its end all the same.
    private static func contents(of descriptor: Int32, size: Int) -> [UInt8]? {
        var bytes: [UInt8] = []
        // One more byte than the size, so that reaching the end of the file is seen in one read.
        var chunk = max(size + 1, 1 << 16)
        while true {
            var failed = false
            var count = 0
            let more = [UInt8](unsafeUninitializedCapacity: chunk) { buffer, initialized in
                while count < chunk {
                    let read = Glibc.read(descriptor, buffer.baseAddress! + count, chunk - count)
                    if read < 0 && errno == EINTR { continue }
                    if read < 0 { failed = true }
                    if read <= 0 { break }
                    count += read
                }
                initialized = count
            }
            if failed { return nil }
            if bytes.isEmpty { bytes = more } else { bytes += more }
            if count < chunk { return bytes }
            chunk = max(chunk, bytes.count)
        }
    }

    /// The folder part of `path`, as `NSString.deletingLastPathComponent` gives it: `content` for
    /// `content/campaign.broadside`, empty for `campaign.broadside`, `/` for `/campaign.broadside`.
    static func folderPath(of path: String) -> String {
        var path = Substring(path)
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        guard let slash = path.lastIndex(of: "/") else { return "" }
        if slash == path.startIndex { return "/" }
        var folder = path[..<slash]
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        return String(folder)
    }
}
