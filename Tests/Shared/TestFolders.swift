import Foundation

/// One folder per test process for the files tests write, removed when the process exits, so that a
/// test run leaves nothing behind in the system's temporary folder.
enum TestFolders {
    static let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "broadside-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestFolders.root) }
        return root
    }()

    /// A new, empty folder under the process's own.
    static func make(_ prefix: String) -> URL {
        root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    }
}
