import FoundationEssentials
import Glibc

/// Where the source's pictures are: the folder the source is in, or (for tests and generated
/// campaigns) files held in memory. Pictures are read when the source names them (`PictureLoader`),
/// once each.
public enum PictureFolder: Sendable {
    /// No folder: every picture the source names is missing (a source given as text alone).
    case none
    /// The folder of the source on disk (`content`, or empty for the current folder).
    case disk(String)
    /// Files by their paths from the source's folder (`photos/jane.jpg`).
    case memory([String: [UInt8]])

    /// Whether a file's name (or path) names a picture Broadside takes: `.png`, `.jpg`, `.jpeg`.
    public static func isPictureName(_ name: String) -> Bool {
        PictureReference.format(ofName: name) != nil
    }

    /// What is at `path` (from the source's folder, already checked to stay inside it).
    enum Lookup {
        case bytes([UInt8])
        case missing
        /// A link that leads out of the folder.
        case outside
        case notAFile
        case tooLarge(Int)
        case unreadable
    }

    func read(_ path: String, limit: Int) -> Lookup {
        switch self {
        case .none:
            return .missing
        case .memory(let files):
            guard let bytes = files[path] else { return .missing }
            return bytes.count > limit ? .tooLarge(bytes.count) : .bytes(bytes)
        case .disk(let folder):
            let full = folder.isEmpty ? path : "\(folder)/\(path)"
            // A link is followed only as far as the campaign's folder.
            if let root = SourceFiles.realPath(folder.isEmpty ? "." : folder), let target = SourceFiles.realPath(full),
                !target.hasPrefix(root + "/")
            {
                return .outside
            }
            switch SourceFiles.readFile(full, limit: limit) {
            case .bytes(let bytes): return .bytes(bytes)
            case .missing: return .missing
            case .folder, .notRegular: return .notAFile
            case .tooLarge(let size): return .tooLarge(size)
            case .unreadable: return .unreadable
            }
        }
    }

    /// The pictures in the folder of `path` (PNG and JPEG by their names), for "did you mean".
    func neighbours(of path: String) -> [String] {
        let folderPart = SourceFiles.folderPath(of: path)
        let prefix = folderPart.isEmpty ? "" : folderPart + "/"
        let names: [String]
        switch self {
        case .none:
            names = []
        case .memory(let files):
            names = files.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
        case .disk(let folder):
            let full = [folder, folderPart].filter { !$0.isEmpty }.joined(separator: "/")
            names = (try? FileManager.default.contentsOfDirectory(atPath: full.isEmpty ? "." : full)) ?? []
        }
        return names.filter { PictureReference.format(ofName: $0) != nil && !$0.contains("/") }.sorted()
            .map { prefix + $0 }
    }
}
