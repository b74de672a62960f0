import Foundation
import Testing

@testable import BroadsideCore

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

    /// A process id that no process has: a child that has exited and been waited for.
    static func deadProcess() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    static func contents(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test("each step that can fail leaves the folder as the message says", arguments: EditionWriter.Step.allCases)
    func failurePoints(_ step: EditionWriter.Step) throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("dist").path
        #expect(EditionWriter.write([OutputFile(path: "site/index.html", text: "one")], to: output) == nil)
        let result = try #require(
            EditionWriter.write([OutputFile(path: "site/index.html", text: "two")], to: output, failingAt: step))
        let now = try String(contentsOfFile: output + "/site/index.html", encoding: .utf8)
        if step == .removePrevious {
            // The new build is in place: the message says so, as a warning, and where the old one is.
            #expect(result.severity == .warning)
            #expect(result.message.hasPrefix("the new editions are in place"))
            #expect(now == "two")
            let leftover = try #require(try Self.contents(root.path).first { $0 != "dist" })
            #expect(result.notes.first?.message.contains(leftover) == true)
            #expect(
                try String(contentsOfFile: root.path + "/\(leftover)/site/index.html", encoding: .utf8) == "one")
        } else {
            #expect(result.severity == .error)
            #expect(result.notes.map(\.message) == ["the editions of the last good build, if any, are unchanged"])
            #expect(now == "one")
            #expect(try Self.contents(root.path) == ["dist"])
        }
    }

    @Test("the next build removes what interrupted builds left, but not a running build's folder")
    func leftovers() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("dist").path
        #expect(EditionWriter.write([OutputFile(path: "a.txt", text: "one")], to: output) == nil)
        let dead = try Self.deadProcess()
        let running = ProcessInfo.processInfo.processIdentifier
        for name in [".dist.new-\(dead)-1", ".dist.old-\(dead)-2", ".dist.new-\(running)-3", ".other.new-\(dead)-4"] {
            try FileManager.default.createDirectory(
                atPath: root.path + "/\(name)/site", withIntermediateDirectories: true)
        }
        #expect(EditionWriter.write([OutputFile(path: "a.txt", text: "two")], to: output) == nil)
        #expect(try Self.contents(root.path) == [".dist.new-\(running)-3", ".other.new-\(dead)-4", "dist"])
    }

    @Test(
        "a build killed between two renames leaves the last good build aside; the next build, even a failed one, puts it back"
    )
    func restoresAfterKill() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("dist").path
        #expect(EditionWriter.write([OutputFile(path: "email.txt", text: "last good")], to: output) == nil)
        let aside = root.path + "/.dist.old-\(try Self.deadProcess())-9"
        try FileManager.default.moveItem(atPath: output, toPath: aside)
        let failed = Broadside.build(Array("campaign\n  taglin: x\n".utf8), path: "c.broadside", into: output)
        #expect(failed.diagnostics.hasErrors)
        #expect(try String(contentsOfFile: output + "/email.txt", encoding: .utf8) == "last good")
        #expect(try Self.contents(root.path) == ["dist"])
    }

    @Test("a marker Broadside did not write does not make a folder Broadside's")
    func foreignMarkers() throws {
        for makeMarker: (URL) throws -> Void in [
            { try Data().write(to: $0) },
            { try FileManager.default.createDirectory(at: $0, withIntermediateDirectories: false) },
            { try "I am Broadside".write(to: $0, atomically: true, encoding: .utf8) },
            { try FileManager.default.createSymbolicLink(atPath: $0.path, withDestinationPath: "/etc/hostname") },
        ] {
            let root = try Self.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: root) }
            try "keep me".write(to: root.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
            try makeMarker(root.appendingPathComponent(".broadside-build"))
            let refusal = EditionWriter.write([OutputFile(path: "flyer.txt", text: "x")], to: root.path)
            #expect(refusal?.message == "refusing to replace a folder that Broadside did not write")
            #expect(refusal?.notes.first?.message.hasPrefix("its .broadside-build is not one Broadside wrote") == true)
            #expect(try String(contentsOf: root.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me")
        }
    }

    @Test("an output path that is a link builds into the folder it points to, and stays a link")
    func symbolicLink() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("builds/current").path
        #expect(EditionWriter.write([OutputFile(path: "a.txt", text: "one")], to: target) == nil)
        let link = root.appendingPathComponent("dist").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "builds/current")
        #expect(EditionWriter.write([OutputFile(path: "a.txt", text: "two")], to: link) == nil)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "builds/current")
        #expect(try String(contentsOfFile: target + "/a.txt", encoding: .utf8) == "two")

        let dangling = root.appendingPathComponent("nowhere").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "missing/folder")
        #expect(
            EditionWriter.write([OutputFile(path: "a.txt", text: "x")], to: dangling)?.message
                == "the output path is a symbolic link to nothing")
    }

    @Test("the root of a volume is refused with a message that says so")
    func mountPoint() {
        // /proc is a mount point on every Linux system; nothing is written, the refusal comes first.
        #expect(
            EditionWriter.write([OutputFile(path: "a.txt", text: "x")], to: "/proc")?.message
                == "the output folder is the root of a volume (a mount point), which a build cannot replace")
    }
}
