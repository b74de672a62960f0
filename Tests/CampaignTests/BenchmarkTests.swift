import Campaign
import Foundation
import Testing

/// The benchmark's generated campaigns are real campaigns: they pass `broadside check` and build.
@Suite("Benchmark")
struct BenchmarkTests {
    static let products = CampaignEditions.bundle.bundleURL.deletingLastPathComponent()

    @Test("broadside-bench generate --scale 2 writes a campaign that builds, and its Markdown bodies")
    func generateBuilds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "broadside-bench-\(UUID().uuidString)")
        let generate = try BroadsideToolTests.run(
            [
                "generate", "--scale", "2", "--output", folder.path,
                "--template",
                CampaignBundleTests.repositoryRoot.appendingPathComponent("content/campaign.broadside").path,
            ],
            executable: Self.products.appendingPathComponent("broadside-bench"))
        #expect(generate.status == 0, "\(generate.standardError)")
        let source = folder.appendingPathComponent("campaign.broadside")
        let check = try BroadsideToolTests.run(["check", source.path])
        #expect(check.status == 0, "\(check.standardError)")
        #expect(!check.standardError.contains("error:"))
        let build = try BroadsideToolTests.run([
            "build", source.path, "--output", folder.appendingPathComponent("out").path,
        ])
        #expect(build.status == 0)
        let sourceText = try String(contentsOf: source, encoding: .utf8)
        let template = try String(
            contentsOf: CampaignBundleTests.repositoryRoot.appendingPathComponent("content/campaign.broadside"),
            encoding: .utf8)
        #expect(sourceText.utf8.count > 2 * template.utf8.count)
        #expect(!sourceText.contains("pending:"))
        let bodies = try String(contentsOf: folder.appendingPathComponent("bodies.md"), encoding: .utf8)
        #expect(bodies.contains("## Why I am running 1"))
        #expect(bodies.contains("> A quotation"))
    }
}
