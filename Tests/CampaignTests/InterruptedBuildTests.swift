import Foundation
import Testing

/// `broadside build` killed with SIGKILL at moments spread over a whole build: the output folder must
/// always hold one complete build, and the next build must leave nothing else beside it.
@Suite("Interrupted builds")
struct InterruptedBuildTests {
    /// A campaign long enough that a build spends a while writing (about 300 files).
    static func longCampaign(pages: Int) -> String {
        var source = "campaign\n  candidate: Jo Park\n  office: Mayor\n  tagline: Every street\n  language: en\n"
        for page in 1...pages {
            source += "page Street \(page)\n  section Plan\n    only in: web\n      The plan for street \(page).\n"
        }
        return source + "page Contact\n  section Write\n    Write to us.\n"
    }

    @Test("20 builds killed at random moments (seeded) always leave a complete build, and no leftovers after the next")
    func killedBuilds() throws {
        let folder = try BroadsideToolTests.workspace(source: Self.longCampaign(pages: 300))
        defer { try? FileManager.default.removeItem(at: folder) }
        let dist = folder.appendingPathComponent("dist")
        let started = Date()
        #expect(try BroadsideToolTests.run(["build"], in: folder).status == 0)
        let duration = Date().timeIntervalSince(started)

        var random = UInt64(0x5EED_0017)
        for _ in 0..<20 {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let delay = duration * Double(random >> 11) / Double(1 << 53)
            let process = Process()
            process.executableURL = BroadsideToolTests.executable
            process.arguments = ["build"]
            process.currentDirectoryURL = folder
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            for path in [".broadside-build", "site/index.html", "site/contact.html", "flyer.txt", "email.eml"] {
                #expect(
                    FileManager.default.fileExists(atPath: dist.appendingPathComponent(path).path),
                    "dist/\(path) is missing after a build killed at \(delay) s")
            }
        }
        #expect(try BroadsideToolTests.run(["build"], in: folder).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["content", "dist"])
    }
}
