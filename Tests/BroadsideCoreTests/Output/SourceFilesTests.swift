import Foundation
import Testing

@testable import BroadsideCore

@Suite("Finding the source")
struct SourceFilesTests {
    static func folder(with files: [String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("broadside-src-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        for file in files {
            try "x".write(to: root.appendingPathComponent("content/\(file)"), atomically: true, encoding: .utf8)
        }
        return root.path
    }

    @Test("with no argument, the single source in content/")
    func single() throws {
        let root = try Self.folder(with: ["campaign.broadside", "custom.css"])
        #expect(try SourceFiles.locate(nil, currentDirectory: root).get() == "content/campaign.broadside")
    }

    @Test("no source, several sources, or no content/ folder are clear errors")
    func errors() throws {
        let none = try Self.folder(with: [])
        #expect(SourceFiles.locate(nil, currentDirectory: none).failure?.message == "no campaign source in this folder")
        let several = try Self.folder(with: ["a.broadside", "b.broadside"])
        #expect(
            SourceFiles.locate(nil, currentDirectory: several).failure?.message
                == "2 campaign sources in this folder: a.broadside, b.broadside")
        #expect(
            SourceFiles.locate(nil, currentDirectory: "/nonexistent").failure?.message
                == "there is no `content/` folder here")
    }

    @Test("a missing file and a folder are reported as such when read")
    func reading() throws {
        let root = try Self.folder(with: [])
        #expect(SourceFiles.read(root + "/missing.broadside").failure?.message == "the source file does not exist")
        #expect(SourceFiles.read(root + "/content").failure?.message == "this is a folder, not a campaign source")
        #expect(
            SourceFiles.read(root + "/content/x/missing.broadside").failure?.message == "the source file does not exist"
        )
    }

    @Test("sizes are said exactly where it matters")
    func sizes() {
        #expect(SourceFiles.describeSize((64 << 20) + 1) == "64.0 MiB + 1 byte")
        #expect(SourceFiles.describeSize((64 << 20) + 4096) == "64.0 MiB + 4096 bytes")
        #expect(SourceFiles.describeSize(65 << 20) == "65 MiB")
        #expect(SourceFiles.describeSize((100 << 20) + (1 << 19)) == "100.5 MiB")
        #expect(SourceFiles.describeSize((3 << 30) / 2 + (1 << 19)) == "1.5 GiB")
    }

    @Test("a file past the size limit is refused before it is read; one within it is read whole")
    func sizeLimit() throws {
        let root = try Self.folder(with: [])
        // Sparse: the size is what is checked, and nothing of it is written to disk.
        let large = root + "/content/large.broadside"
        #expect(FileManager.default.createFile(atPath: large, contents: nil))
        #expect(truncate(large, off_t(SourceFiles.maximumSize + 1)) == 0)
        let refused = SourceFiles.read(large).failure
        #expect(refused?.message == "the file is 64.0 MiB + 1 byte; a campaign source may be at most 64 MiB")
        let text = String(repeating: "campaign source line\n", count: 50_000)
        let path = root + "/content/campaign.broadside"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try SourceFiles.read(path).get() == Array(text.utf8))
    }

    @Test("a source's folder is found as NSString.deletingLastPathComponent finds it")
    func folderOfSource() {
        let paths = [
            "content/campaign.broadside", "campaign.broadside", "/campaign.broadside", "/a/b/c.broadside", "a//b.x",
            "a/b/", "/", "", "./c.broadside", "../up/c.broadside", "dir.with.dots/c", "/a",
        ]
        for path in paths {
            #expect(SourceFiles.folderPath(of: path) == (path as NSString).deletingLastPathComponent, "\(path)")
        }
        // Foundation traps on this one (Swift 6.3.1's `_startOfLastPathComponent`).
        #expect(SourceFiles.folderPath(of: "a/") == "")
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
