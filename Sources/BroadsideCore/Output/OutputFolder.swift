import FoundationEssentials
import Glibc

/// What may be an output folder, and what an interrupted build left beside one.
enum OutputFolder {
    /// The marker's whole content: a folder is Broadside's only when its marker says exactly this.
    static let markerText = "This folder is written by Broadside. Each build replaces everything in it.\n"

    /// The folder a build writes into: `folder` itself, or, when it is a symbolic link, the folder the
    /// link points to (the link stays a link, and the folder is checked like any other).
    static func resolve(_ folder: String) -> Result<URL, Diagnostic> {
        let url = URL(fileURLWithPath: folder).standardizedFileURL
        var status = stat()
        guard lstat(url.path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return .success(url) }
        guard let resolved = SourceFiles.realPath(url.path) else {
            return .failure(
                .error(
                    "the output path is a symbolic link to nothing", at: .wholeFile(folder),
                    notes: [Diagnostic.Note("make the folder it points to, or name another folder")]))
        }
        return .success(URL(fileURLWithPath: resolved))
    }

    /// Why `destination` must not be written to, if it must not: the file system's root, the home
    /// folder, a folder of campaign sources, the root of a volume, or any folder holding files that a
    /// Broadside build did not write.
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
        if isMountPoint(destination) {
            return .error(
                "the output folder is the root of a volume (a mount point), which a build cannot replace",
                at: .wholeFile(folder),
                notes: [
                    Diagnostic.Note(
                        "each build replaces its output folder whole; name a folder inside the volume, such as \(folder)/campaign"
                    )
                ])
        }
        let entries = (try? manager.contentsOfDirectory(atPath: path)) ?? []
        if entries.contains(where: { $0.hasSuffix(".\(PackageLayout.sourceExtension)") }) {
            return .error(
                "refusing to write the editions into a folder of campaign sources", at: .wholeFile(folder),
                notes: [Diagnostic.Note("name another folder for the editions, such as dist")])
        }
        if !entries.isEmpty && !hasMarker(destination) {
            let listed = entries.sorted().prefix(3).joined(separator: ", ") + (entries.count > 3 ? ", …" : "")
            let why =
                entries.contains(PackageLayout.buildMarker)
                ? "its \(PackageLayout.buildMarker) is not one Broadside wrote"
                : "the folder holds other files (\(listed))"
            return .error(
                "refusing to replace a folder that Broadside did not write", at: .wholeFile(folder),
                notes: [Diagnostic.Note("\(why); name a new or empty folder, or remove it first")])
        }
        return nil
    }

    /// Whether `folder` holds the marker a build writes: a regular file (not a link, not a folder)
    /// with exactly the marker's text.
    static func hasMarker(_ folder: URL) -> Bool {
        let marker = folder.appendingPathComponent(PackageLayout.buildMarker).path
        var status = stat()
        guard lstat(marker, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
            Int(status.st_size) == markerText.utf8.count,
            let contents = FileManager.default.contents(atPath: marker)
        else { return false }
        return Array(contents) == Array(markerText.utf8)
    }

    private static func isMountPoint(_ folder: URL) -> Bool {
        var own = stat()
        var parent = stat()
        guard stat(folder.path, &own) == 0, stat(folder.deletingLastPathComponent().path, &parent) == 0 else {
            return false
        }
        return own.st_dev != parent.st_dev
    }

    // MARK: - Leftovers of interrupted builds

    enum LeftoverKind: String {
        /// A build's staging folder.
        case new
        /// The build before it, moved aside.
        case old
    }

    /// `.dist.new-4242-17`: hidden, beside the destination, with the id of the process that made it.
    static func leftoverName(of name: String, kind: LeftoverKind, token: String) -> String {
        ".\(name).\(kind.rawValue)-\(token)"
    }

    /// Puts the state a killed build can leave right, before a new build starts: removes the staging
    /// and previous-build folders of builds that are no longer running, and, when the destination is
    /// missing (a build killed between the two renames of a system that cannot exchange folders),
    /// first puts the last good build back in its place.
    static func recoverInterruptedBuilds(of destination: URL) {
        let manager = FileManager.default
        let parent = destination.deletingLastPathComponent()
        guard let entries = try? manager.contentsOfDirectory(atPath: parent.path) else { return }
        let leftovers = entries.compactMap { leftover($0, of: destination.lastPathComponent) }
            .filter { !isRunning($0.process) }
            .sorted { $0.kind == .old && $1.kind != .old }
        for leftover in leftovers {
            let url = parent.appendingPathComponent(leftover.entry)
            if leftover.kind == .old && !manager.fileExists(atPath: destination.path) && hasMarker(url)
                && Glibc.rename(url.path, destination.path) == 0
            {
                continue
            }
            try? manager.removeItem(at: url)
        }
    }

    private static func leftover(_ entry: String, of name: String) -> (
        entry: String, kind: LeftoverKind, process: Int32
    )? {
        for kind in [LeftoverKind.new, .old] {
            let prefix = ".\(name).\(kind.rawValue)-"
            guard entry.hasPrefix(prefix) else { continue }
            let token = entry.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
            guard token.count == 2, let process = Int32(token[0]), process > 0, UInt32(token[1]) != nil else {
                return nil
            }
            return (entry, kind, process)
        }
        return nil
    }

    private static func isRunning(_ process: Int32) -> Bool {
        kill(process, 0) == 0 || errno == EPERM
    }
}
