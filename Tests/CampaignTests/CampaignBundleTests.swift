import BroadsideCore
import Campaign
import Foundation
import Testing

/// The build plugin ran during this very `swift build`: its editions are the Campaign target's resources.
@Suite("Campaign editions from the build plugin")
struct CampaignBundleTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(
        "swift build leaves every edition in the Campaign bundle",
        arguments: ["site/index.html", "site/style.css", "flyer.txt", "flyer.pdf", "email.txt", "email.eml"])
    func editionIsBundled(_ path: String) throws {
        let url = try #require(CampaignEditions.url(of: path))
        let contents = try Data(contentsOf: url)
        #expect(!contents.isEmpty)
    }

    @Test("the plugin's editions are byte for byte the library's and the broadside tool's")
    func pluginMatchesLibraryAndTool() throws {
        let source = Self.repositoryRoot.appendingPathComponent("content/campaign.broadside")
        let compilation = Broadside.compile(try [UInt8](Data(contentsOf: source)), path: source.path)
        let files = try #require(compilation.files)

        let output = FileManager.default.temporaryDirectory.appendingPathComponent("broadside-cli-\(UUID().uuidString)")
        let tool = CampaignEditions.bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("broadside")
        let process = Process()
        process.executableURL = tool
        process.arguments = ["build", source.path, "--output", output.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        for file in files {
            let bundled = try Data(contentsOf: try #require(CampaignEditions.url(of: file.path)))
            let built = try Data(contentsOf: output.appendingPathComponent(file.path))
            #expect(bundled == Data(file.contents), "\(file.path): plugin and library differ")
            #expect(built == Data(file.contents), "\(file.path): tool and library differ")
        }
    }
}
