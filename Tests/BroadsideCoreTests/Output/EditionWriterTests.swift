import BroadsideCore
import Foundation
import Testing

@Suite("Edition writer")
struct EditionWriterTests {
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("broadside-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("writes every file, with a marker, and replaces the previous build whole")
    func replaces() throws {
        let root = try Self.temporaryFolder()
        let output = root.appendingPathComponent("dist").path
        #expect(
            EditionWriter.write(
                [OutputFile(path: "site/index.html", text: "one"), OutputFile(path: "old.txt", text: "x")], to: output)
                == nil)
        #expect(EditionWriter.write([OutputFile(path: "site/index.html", text: "two")], to: output) == nil)
        #expect(try String(contentsOfFile: output + "/site/index.html", encoding: .utf8) == "two")
        #expect(!FileManager.default.fileExists(atPath: output + "/old.txt"))
        #expect(FileManager.default.fileExists(atPath: output + "/.broadside-build"))
        // Nothing is left behind beside the output folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["dist"])
    }

    @Test("a build with errors into folders that do not exist yet leaves no folder behind")
    func failedBuildMakesNoFolder() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("out/site/dist").path
        let broken = Broadside.build(Array("campaign\n  taglin: x\n".utf8), path: "broken.broadside", into: output)
        #expect(broken.diagnostics.hasErrors)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).isEmpty)
        let good = Broadside.build(
            Array(Support.source(pages: "page Home\n  section S\n    Text.").utf8), path: "good.broadside", into: output
        )
        #expect(!good.diagnostics.hasErrors)
        #expect(FileManager.default.fileExists(atPath: output + "/email.txt"))
    }

    @Test("refuses a folder holding files that Broadside did not write, and leaves it alone")
    func refusesForeignFolder() throws {
        let root = try Self.temporaryFolder()
        try "keep me".write(to: root.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let refusal = EditionWriter.write([OutputFile(path: "flyer.txt", text: "x")], to: root.path)
        #expect(refusal?.message == "refusing to replace a folder that Broadside did not write")
        #expect(try String(contentsOf: root.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me")
    }

    @Test("refuses the root folder, the home folder and a folder of sources")
    func refusesDangerousFolders() throws {
        #expect(EditionWriter.write([], to: "/")?.message == "refusing to write the editions into the root folder")
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        #expect(EditionWriter.write([], to: home)?.message == "refusing to write the editions into your home folder")
        let content = try Self.temporaryFolder()
        try "campaign".write(to: content.appendingPathComponent("c.broadside"), atomically: true, encoding: .utf8)
        #expect(
            EditionWriter.write([], to: content.path)?.message
                == "refusing to write the editions into a folder of campaign sources")
    }

    @Test("an empty folder is fine")
    func emptyFolder() throws {
        let root = try Self.temporaryFolder()
        #expect(EditionWriter.write([OutputFile(path: "flyer.txt", text: "x")], to: root.path) == nil)
    }
}
