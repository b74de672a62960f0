import CFolderExchange
import FoundationEssentials
import Glibc

/// The folder one build writes into, `.NAME.new-PID-N` beside the destination, until it takes the
/// destination's place. The previous build then sits at `previous` until it is removed. The process id
/// in both names lets a later build know that a leftover's build is no longer running.
struct Staging {
    let url: URL
    /// Where the previous build is once the new one is in place.
    private(set) var previous: URL
    /// The outermost folder made to hold the staging folder, if any: a failed build removes it too.
    let madeFolder: URL?

    /// The previous build could not be put back after a failed fallback swap: it is at `previous`, and
    /// the next build restores it.
    struct StrandedPrevious: Error {
        let cause: Error
        let previous: URL
    }

    static func make(beside destination: URL, failing: Bool) -> Result<Staging, Error> {
        let manager = FileManager.default
        let parent = destination.deletingLastPathComponent()
        let token = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let name = destination.lastPathComponent
        let url = parent.appendingPathComponent(OutputFolder.leftoverName(of: name, kind: .new, token: token))
        let previous = parent.appendingPathComponent(OutputFolder.leftoverName(of: name, kind: .old, token: token))
        var madeFolder: URL?
        var ancestor = parent
        while !manager.fileExists(atPath: ancestor.path) && ancestor.path != "/" {
            madeFolder = ancestor
            ancestor = ancestor.deletingLastPathComponent()
        }
        do {
            if failing { throw FileSystemError(path: parent.path, code: EACCES) }
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try manager.createDirectory(at: url, withIntermediateDirectories: false)
        } catch {
            if let madeFolder { try? manager.removeItem(at: madeFolder) }
            return .failure(error)
        }
        return .success(Staging(url: url, previous: previous, madeFolder: madeFolder))
    }

    /// Writes `files` and the marker.
    func fill(with files: [OutputFile], failing: Bool) throws {
        for file in files + [OutputFile(path: PackageLayout.buildMarker, text: OutputFolder.markerText)] {
            let target = url.appendingPathComponent(file.path)
            if failing { throw FileSystemError(path: target.path, code: ENOSPC) }
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents).write(to: target)
        }
    }

    /// Puts the staging folder in the destination's place: one atomic exchange where the system can,
    /// else two renames, the first undone if the second fails.
    mutating func swap(into destination: URL, failing: Bool) throws {
        if failing { throw FileSystemError(path: destination.path, code: EACCES) }
        guard FileManager.default.fileExists(atPath: destination.path) else {
            try Self.rename(url, to: destination)
            return
        }
        let code = broadside_exchange(url.path, destination.path)
        switch code {
        case 0:
            // The staging folder's name now holds the previous build; `.old-` says so to a later build.
            if (try? Self.rename(url, to: previous)) == nil { previous = url }
        case ENOSYS, EINVAL, EOPNOTSUPP:
            try Self.rename(destination, to: previous)
            do {
                try Self.rename(url, to: destination)
            } catch {
                guard (try? Self.rename(previous, to: destination)) != nil else {
                    throw StrandedPrevious(cause: error, previous: previous)
                }
                throw error
            }
        case EBUSY:
            throw FileSystemError(
                description: "\(destination.path) is in use or is the root of a volume, and cannot be replaced")
        default:
            throw FileSystemError(path: destination.path, code: code)
        }
    }

    /// Removes the previous build, once the new one is in place.
    func removePrevious(failing: Bool) throws {
        guard FileManager.default.fileExists(atPath: previous.path) else { return }
        if failing { throw FileSystemError(path: previous.path, code: EACCES) }
        try FileManager.default.removeItem(at: previous)
    }

    /// Removes what the build made, when it failed before its folder took the destination's place.
    func discard() {
        try? FileManager.default.removeItem(at: url)
        if let madeFolder { try? FileManager.default.removeItem(at: madeFolder) }
    }

    private static func rename(_ source: URL, to target: URL) throws {
        guard Glibc.rename(source.path, target.path) == 0 else { throw FileSystemError(path: target.path) }
    }
}
