import BroadsideCore
import Foundation
import Testing

/// `content/site/`: files the site ships as they are.
@Suite("Files the site ships")
struct ShippedFilesTests {
    /// A campaign folder with `files` (paths under it) and a source, built as `broadside build` reads it.
    static func build(_ files: [String: String], stylesheet: String? = nil) throws -> (URL, Compilation) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("broadside-ship-\(UUID().uuidString)")
        var all = files
        all["content/campaign.broadside"] = Support.source(pages: "page Home\n  section S\n    Words.")
        if let stylesheet { all["content/style.css"] = stylesheet }
        for (path, text) in all {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let inputs = try BuildInputs.read(root.appendingPathComponent("content").path, currentDirectory: "/").get()
        return (root, Broadside.compile(inputs))
    }

    @Test("every file, in its folders, lands in site/ unchanged; hidden files stay behind; style.css may use them")
    func shipped() throws {
        let (root, compilation) = try Self.build(
            [
                "content/site/CNAME": "janedoe.example\n", "content/site/images/logo.svg": "<svg/>",
                "content/site/.DS_Store": "x", "content/site/.git/config": "x",
            ], stylesheet: "header { background: url(images/logo.svg) }")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = Dictionary(uniqueKeysWithValues: try #require(compilation.files).map { ($0.path, $0.text) })
        #expect(files["site/CNAME"] == "janedoe.example\n")
        #expect(files["site/images/logo.svg"] == "<svg/>")
        #expect(!files.keys.contains { $0.contains(".DS_Store") || $0.contains(".git") })
    }

    @Test("a file the site writes itself cannot be shipped in its place")
    func clash() throws {
        let (root, compilation) = try Self.build(["content/site/style.css": "body {}"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(compilation.files == nil)
        #expect(
            compilation.diagnostics.errors.map(\.message) == [
                "the site writes style.css itself, so it cannot ship this file in its place"
            ])
    }

    @Test("a link that leads out of the campaign's folder is refused")
    func linkOutside() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("broadside-ship-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("content/site"), withIntermediateDirectories: true)
        try Support.source(pages: "page Home\n  section S\n    Words.").write(
            to: root.appendingPathComponent("content/campaign.broadside"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("content/site/passwd").path, withDestinationPath: "/etc/passwd")
        let read = BuildInputs.read(root.appendingPathComponent("content").path, currentDirectory: "/")
        guard case .failure(let diagnostic) = read else {
            Issue.record("a link to /etc/passwd was read")
            return
        }
        #expect(diagnostic.message == "this link leads out of the campaign's folder, so the site will not ship it")
    }

    @Test("a stylesheet URL to a file no folder has says where to put it")
    func missing() throws {
        let (root, compilation) = try Self.build([:], stylesheet: "body { background: url(bg.png) }")
        defer { try? FileManager.default.removeItem(at: root) }
        let error = try #require(compilation.diagnostics.errors.first)
        #expect(error.message == "the site has no file `bg.png`")
        #expect(error.notes.first?.message.contains("put it in site/ beside the source") == true)
    }
}
