import FoundationEssentials
import Glibc

/// The files the site ships as they are: everything in `content/site/` (a `CNAME`, a favicon, a logo,
/// a PDF of the platform), copied into `site/` unchanged. Read with the source, so that a build reads
/// nothing later; hidden files (an editor's `.swp`, `.DS_Store`) are left behind.
public enum ShippedFiles {
    /// The folder's name beside the source.
    public static let folderName = "site"
    /// At most this many files, and this many bytes in all: a site, not a file store.
    static let mostFiles = 2_000
    static let mostBytes = 256 << 20

    /// The files in the `site/` folder beside `source`, each with its path in the site; an error for
    /// anything that cannot be shipped.
    public static func read(besideSource source: String) -> Result<[ShippedFile], Diagnostic> {
        let contentFolder = SourceFiles.folderPath(of: source)
        let folder = contentFolder.isEmpty ? folderName : "\(contentFolder)/\(folderName)"
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory else {
            return .success([])
        }
        let root = SourceFiles.realPath(contentFolder.isEmpty ? "." : contentFolder)
        var files: [ShippedFile] = []
        var total = 0
        let names = ((try? FileManager.default.subpathsOfDirectory(atPath: folder)) ?? []).sorted()
        for name in names where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            let path = "\(folder)/\(name)"
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            if status.st_mode & S_IFMT == S_IFLNK {
                // A link is shipped only when it stays inside the campaign's folder.
                guard let target = SourceFiles.realPath(path), let root, target.hasPrefix(root + "/") else {
                    return .failure(
                        .error(
                            "this link leads out of the campaign's folder, so the site will not ship it",
                            at: .wholeFile(path),
                            notes: [Diagnostic.Note("put the file itself in \(folder)/")]))
                }
            }
            var resolved = stat()
            guard stat(path, &resolved) == 0 else { continue }
            guard resolved.st_mode & S_IFMT != S_IFDIR else { continue }
            switch SourceFiles.read(path) {
            case .failure(let diagnostic): return .failure(diagnostic)
            case .success(let bytes):
                total += bytes.count
                files.append(ShippedFile(path: name, sourcePath: path, bytes: bytes))
            }
            if files.count > mostFiles || total > mostBytes {
                return .failure(
                    .error(
                        "\(folder)/ holds more than \(mostFiles) files or \(mostBytes >> 20) MiB; the site ships at most that",
                        at: .wholeFile(folder + "/"),
                        notes: [Diagnostic.Note("keep large downloads on another host, and link to them")]))
            }
        }
        return .success(files)
    }
}

/// A file the site ships as it is.
public struct ShippedFile: Sendable {
    /// Its path in the site (`CNAME`, `images/logo.png`).
    public var path: String
    /// Where it is beside the source (`content/site/CNAME`), for diagnostics.
    public var sourcePath: String
    public var bytes: [UInt8]

    public init(path: String, sourcePath: String, bytes: [UInt8]) {
        self.path = path
        self.sourcePath = sourcePath
        self.bytes = bytes
    }
}
