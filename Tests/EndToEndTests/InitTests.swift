import BroadsideCommands
import BroadsideCore
import Foundation
import Testing

/// `broadside init` writes a campaign package of its own that depends on Broadside (this checkout, by
/// path); `swift build` there makes every edition and `publish` writes its dist/.
@Suite("broadside init, end to end", .serialized, .timeLimit(.minutes(20)))
struct InitTests {
    @Test("the starter source builds with no error and no warning")
    func starterSource() {
        let compilation = Broadside.compile(Array(StarterPackage.source.utf8), path: "campaign.broadside")
        #expect(compilation.files != nil)
        #expect(compilation.diagnostics.errors.isEmpty && compilation.diagnostics.warnings.isEmpty)
    }

    @Test("init writes a package that builds every edition, publishes, and is never written over")
    func initBuildPublish() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "broadside-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let package = folder.appendingPathComponent("harbor-campaign")
        var command = try Init.parseAsRoot([package.path, "--broadside-path", SwiftBuildTests.repositoryRoot.path])
        try command.run()
        let manifest = try String(contentsOf: package.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(manifest.contains(".package(path: \"\(SwiftBuildTests.repositoryRoot.path)\")"))

        let build = try SwiftBuildTests.run(["swift", "build"], in: package)
        #expect(build.status == 0, "\(build.output)")
        let editions = package.appendingPathComponent(
            ".build/plugins/outputs/harbor-campaign/Editions/destination/BroadsideBuildPlugin/editions")
        #expect(build.output.contains("Broadside: built site (2 pages)"), "\(build.output)")
        #expect(build.output.contains("— in \(editions.path)"), "\(build.output)")

        let published = try SwiftBuildTests.run(
            ["swift", "package", "--allow-writing-to-package-directory", "publish"], in: package)
        #expect(published.status == 0, "\(published.output)")
        for path in ["dist/site/index.html", "dist/site/plans.html", "dist/flyer.pdf", "dist/email.eml"] {
            #expect(FileManager.default.fileExists(atPath: package.appendingPathComponent(path).path), "\(path)")
        }

        let source = package.appendingPathComponent("content/campaign.broadside")
        try "campaign\n  candidate: Kept\n".write(to: source, atomically: true, encoding: .utf8)
        var again = try Init.parseAsRoot([package.path, "--broadside-path", SwiftBuildTests.repositoryRoot.path])
        #expect(throws: (any Error).self) { try again.run() }
        #expect(try String(contentsOf: source, encoding: .utf8) == "campaign\n  candidate: Kept\n")
    }
}
