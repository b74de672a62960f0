import Campaign
import Foundation
import Testing

/// The `broadside` command as staff and scripts run it.
@Suite("broadside command")
struct BroadsideToolTests {
    static let repositoryRoot = CampaignBundleTests.repositoryRoot
    /// The `broadside` tool staff run, built beside this test bundle (the plugins run `broadside-build`).
    static var executable: URL {
        CampaignEditions.bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("broadside")
    }

    struct Run {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    static func run(_ arguments: [String], in folder: URL? = nil, executable: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = executable ?? Self.executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }

    static func workspace(source: String?) throws -> URL {
        let folder = TestFolders.make("tool")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("content"), withIntermediateDirectories: true)
        if let source {
            try source.write(
                to: folder.appendingPathComponent("content/campaign.broadside"), atomically: true, encoding: .utf8)
        }
        return folder
    }

    static let good =
        "campaign\n  candidate: Jane Doe\n  office: Mayor\n  tagline: For all\n  language: en\npage Home\n  section Hello\n    Hi! [Soon](pending:soon)\n"

    @Test("check finds the source in content/, prints warnings, writes nothing and exits 0")
    func checkGood() throws {
        let folder = try Self.workspace(source: Self.good)
        let run = try Self.run(["check"], in: folder)
        #expect(run.status == 0)
        #expect(
            run.standardError.contains("content/campaign.broadside:8:9: warning: the link “Soon” has no target yet"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["content"])
    }

    @Test("check exits 1 and prints each error with its position and a caret")
    func checkBad() throws {
        let folder = try Self.workspace(source: Self.good.replacingOccurrences(of: "tagline", with: "tagln"))
        let run = try Self.run(["check"], in: folder)
        #expect(run.status == 1)
        #expect(
            run.standardError.contains(
                """
                content/campaign.broadside:4:3: error: unknown key `tagln` in the `campaign` block
                      tagln: For all
                      ^
                content/campaign.broadside:4:3: note: did you mean `tagline`?
                """))
    }

    @Test("check --format json gives the diagnostics as JSON on standard output")
    func json() throws {
        let folder = try Self.workspace(source: Self.good.replacingOccurrences(of: "tagline", with: "tagln"))
        let run = try Self.run(["check", "--format", "json"], in: folder)
        #expect(run.status == 1)
        let entries = try #require(
            try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [[String: Any]])
        let unknown = try #require(entries.first { ($0["message"] as? String)?.hasPrefix("unknown key") == true })
        #expect(unknown["severity"] as? String == "error")
        #expect(unknown["file"] as? String == "content/campaign.broadside")
        #expect(unknown["line"] as? Int == 4)
        #expect(unknown["column"] as? Int == 3)
        #expect((unknown["notes"] as? [[String: Any]])?.first?["message"] as? String == "did you mean `tagline`?")
    }

    @Test("no source, or several, in content/ is a clear error")
    func sources() throws {
        let none = try Self.workspace(source: nil)
        let noneRun = try Self.run(["build"], in: none)
        #expect(noneRun.status == 1)
        #expect(noneRun.standardError.hasPrefix("content/:1:1: error: no campaign source in this folder"))
        try "x".write(to: none.appendingPathComponent("content/a.broadside"), atomically: true, encoding: .utf8)
        try "x".write(to: none.appendingPathComponent("content/b.broadside"), atomically: true, encoding: .utf8)
        let several = try Self.run(["check"], in: none)
        #expect(several.status == 1)
        #expect(
            several.standardError.hasPrefix(
                "content/:1:1: error: 2 campaign sources in this folder: a.broadside, b.broadside"))
    }

    @Test("a source past the size limit is refused, by the tool as it runs, before it is read")
    func sizeLimit() throws {
        let folder = try Self.workspace(source: Self.good)
        // Sparse: only the size is checked.
        let source = folder.appendingPathComponent("content/campaign.broadside").path
        #expect(truncate(source, off_t(64 << 20) + 1) == 0)
        let run = try Self.run(["build"], in: folder)
        #expect(run.status == 1)
        #expect(
            run.standardError.hasPrefix(
                "content/campaign.broadside:1:1: error: the file is 64.0 MiB + 1 byte; a campaign source may be at most 64 MiB"
            ))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["content"])
    }

    @Test("build writes dist/; a failed build leaves the last good editions byte for byte")
    func atomicBuild() throws {
        let folder = try Self.workspace(source: Self.good)
        #expect(try Self.run(["build"], in: folder).status == 0)
        let dist = folder.appendingPathComponent("dist")
        let paths = ["site/index.html", "site/style.css", "flyer.txt", "flyer.pdf", "email.txt", "email.eml"]
        let before = try paths.map { try Data(contentsOf: dist.appendingPathComponent($0)) }
        try Self.good.replacingOccurrences(of: "Hi!", with: "[x](page:nowhere)")
            .write(to: folder.appendingPathComponent("content/campaign.broadside"), atomically: true, encoding: .utf8)
        let failed = try Self.run(["build"], in: folder)
        #expect(failed.status == 1)
        #expect(failed.standardError.contains("content/campaign.broadside:8:5: error: there is no page `nowhere`"))
        #expect(try paths.map { try Data(contentsOf: dist.appendingPathComponent($0)) } == before)
    }

    @Test("a flyer that overflows with `too long: error` fails the build and keeps the last good flyer.pdf")
    func flyerOverflowError() throws {
        let folder = try Self.workspace(source: Self.good)
        #expect(try Self.run(["build"], in: folder).status == 0)
        let pdf = folder.appendingPathComponent("dist/flyer.pdf")
        let before = try Data(contentsOf: pdf)
        let long =
            Self.good.replacingOccurrences(of: "page Home", with: "flyer\n  too long: error\npage Home")
            + String(repeating: "    " + String(repeating: "Many words for the flyer. ", count: 12) + "\n\n", count: 30)
        try long.write(
            to: folder.appendingPathComponent("content/campaign.broadside"), atomically: true, encoding: .utf8)
        let failed = try Self.run(["build"], in: folder)
        #expect(failed.status == 1)
        #expect(failed.standardError.contains(": error: flyer.txt, the text flyer, is longer than its 60-line page ("))
        #expect(try Data(contentsOf: pdf) == before)
    }

    @Test("build refuses to write over a folder it did not make")
    func refusesForeignFolder() throws {
        let folder = try Self.workspace(source: Self.good)
        let run = try Self.run(["build", "--output", "content"], in: folder)
        #expect(run.status == 1)
        #expect(
            run.standardError.contains(
                "content:1:1: error: refusing to write the editions into a folder of campaign sources"))
        let root = try Self.run(["build", "--output", "/"], in: folder)
        #expect(root.status == 1)
    }

    @Test("the same source gives the same bytes, whatever folder it is built in")
    func reproducibleAnywhere() throws {
        let first = try Self.workspace(source: Self.good)
        let second = try Self.workspace(source: Self.good)
        #expect(try Self.run(["build", "--output", "out"], in: first).status == 0)
        #expect(
            try Self.run([
                "build", second.appendingPathComponent("content/campaign.broadside").path, "--output",
                second.appendingPathComponent("elsewhere").path,
            ]).status == 0)
        for path in ["site/index.html", "site/style.css", "flyer.txt", "email.txt"] {
            #expect(
                try Data(contentsOf: first.appendingPathComponent("out/\(path)"))
                    == Data(contentsOf: second.appendingPathComponent("elsewhere/\(path)")), "\(path)")
        }
    }
}
