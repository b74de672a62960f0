import FoundationEssentials
import Glibc

/// Writes a build's files into its output folder all at once: everything is written to a new folder
/// beside the destination, which then takes the destination's place. A build that fails leaves the
/// last good editions exactly as they were, and a folder that Broadside did not make is never replaced.
public enum EditionWriter {
    static let markerText = "This folder is written by Broadside. Each build replaces everything in it.\n"

    /// Replaces the contents of `folder` with `files`. Returns the reason when it refuses or fails.
    public static func write(_ files: [OutputFile], to folder: String) -> Diagnostic? {
        let staging: Staging
        switch stage(folder) {
        case .failure(let refusal): return refusal
        case .success(let opened): staging = opened
        }
        return staging.commit(files)
    }

    /// A new folder beside the destination that a build writes into; `commit` fills it and puts it in
    /// the destination's place, or removes it and leaves the destination as it was.
    struct Staging {
        let url: URL
        let destination: URL
        let folder: String
        let token: String
        /// The outermost folder made to hold the staging folder, if any: a failed build removes it too.
        let madeFolder: URL?

        /// Writes `files` and the marker into the staging folder, and swaps it in.
        func commit(_ files: [OutputFile]) -> Diagnostic? {
            do {
                for file in files + [OutputFile(path: PackageLayout.buildMarker, text: EditionWriter.markerText)] {
                    let target = url.appendingPathComponent(file.path)
                    try FileManager.default.createDirectory(
                        at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(file.contents).write(to: target)
                }
                try EditionWriter.swapIn(
                    url, for: destination, parent: destination.deletingLastPathComponent(), token: token)
            } catch {
                discard()
                return EditionWriter.failure(error, writing: folder)
            }
            return nil
        }

        func discard() {
            try? FileManager.default.removeItem(at: url)
            if let madeFolder { try? FileManager.default.removeItem(at: madeFolder) }
        }
    }

    /// Makes the staging folder for a build into `folder`, or says why it must not be written to.
    static func stage(_ folder: String) -> Result<Staging, Diagnostic> {
        let manager = FileManager.default
        let destination = URL(fileURLWithPath: folder).standardizedFileURL
        if let refusal = refusal(for: destination, named: folder) { return .failure(refusal) }
        let parent = destination.deletingLastPathComponent()
        let token = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent.appendingPathComponent(".\(destination.lastPathComponent).new-\(token)")
        var madeFolder: URL?
        var ancestor = parent
        while !manager.fileExists(atPath: ancestor.path) && ancestor.path != "/" {
            madeFolder = ancestor
            ancestor = ancestor.deletingLastPathComponent()
        }
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            if let madeFolder { try? manager.removeItem(at: madeFolder) }
            return .failure(failure(error, writing: folder))
        }
        return .success(
            Staging(url: staging, destination: destination, folder: folder, token: token, madeFolder: madeFolder))
    }

    /// What a build says when the editions could not be written into `folder`.
    private static func failure(_ error: Error, writing folder: String) -> Diagnostic {
        .error(
            "could not write the editions: \(FileSystemError.describe(error))", at: .wholeFile(folder),
            notes: [Diagnostic.Note("the editions of the last good build, if any, are unchanged")])
    }

    /// Why `destination` must not be written to, if it must not: the file system's root, the home
    /// folder, a folder of campaign sources, or any folder holding files that a Broadside build did not write.
    static func refusal(for destination: URL, named folder: String) -> Diagnostic? {
        let manager = FileManager.default
        let path = destination.path
        let home = manager.homeDirectoryForCurrentUser.standardizedFileURL.path
        if path == "/" || path == home {
            return .error(
                "refusing to write the editions into \(path == "/" ? "the root folder" : "your home folder")",
                at: .wholeFile(folder), notes: [Diagnostic.Note("name a new folder for them, such as dist")])
        }
        var isDirectory = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory else {
            return .error("the output path is a file, not a folder", at: .wholeFile(folder))
        }
        let entries = (try? manager.contentsOfDirectory(atPath: path)) ?? []
        if entries.contains(where: { $0.hasSuffix(".\(PackageLayout.sourceExtension)") }) {
            return .error(
                "refusing to write the editions into a folder of campaign sources", at: .wholeFile(folder),
                notes: [Diagnostic.Note("name another folder for the editions, such as dist")])
        }
        if !entries.isEmpty && !entries.contains(PackageLayout.buildMarker) {
            return .error(
                "refusing to replace a folder that Broadside did not write", at: .wholeFile(folder),
                notes: [
                    Diagnostic.Note(
                        "the folder holds other files (\(entries.sorted().prefix(3).joined(separator: ", "))\(entries.count > 3 ? ", …" : "")); name a new or empty folder, or remove it first"
                    )
                ])
        }
        return nil
    }

    /// Puts `staging` where `destination` is: the old folder is moved aside, the new one renamed into
    /// its place (two renames in one folder, each atomic), and the old editions removed last.
    private static func swapIn(_ staging: URL, for destination: URL, parent: URL, token: String) throws {
        let manager = FileManager.default
        guard manager.fileExists(atPath: destination.path) else {
            try manager.moveItem(at: staging, to: destination)
            return
        }
        let aside = parent.appendingPathComponent(".\(destination.lastPathComponent).old-\(token)")
        try manager.moveItem(at: destination, to: aside)
        try manager.moveItem(at: staging, to: destination)
        try manager.removeItem(at: aside)
    }
}
