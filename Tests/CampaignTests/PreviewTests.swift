import Foundation
import Testing

/// `broadside preview` driven in headless Chromium by Tests/Tools/check_preview.py: the open page
/// reloads with each save, shows an error with its caret over the last good editions and clears it when
/// it is fixed; nothing outside the editions is served; a port in use is refused with a clear message.
@Suite("broadside preview")
struct PreviewTests {
    static let source = """
        campaign
          candidate: Rae Okafor
          office: Harbor Commission
          tagline: A harbor for everyone
          language: en
          paid for by: Rae Okafor for Harbor Commission

        email
          subject: The harbor
          from: Rae Okafor <rae@okafor.example>

        page Home
          section Hello
            The ferry should run every twenty minutes.

        page Plan
          section Ferries
            More boats.
        """

    @Test("edit, error, fix: the open page follows every save")
    func previewLoop() throws {
        let folder = try BroadsideToolTests.workspace(source: Self.source)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = BroadsideToolTests.repositoryRoot.appendingPathComponent("Tests/Tools/check_preview.py").path
        let run = try BroadsideToolTests.run(
            [
                "python3", script, BroadsideToolTests.executable.path,
                folder.appendingPathComponent("content/campaign.broadside").path, "every twenty minutes",
            ], executable: URL(fileURLWithPath: "/usr/bin/env"))
        let report = run.standardOutput + run.standardError
        #expect(run.status == 0, "\(report)")
        #expect(report.contains("\"problems\": []"), "\(report)")
        print(report)
    }

    @Test("a campaign with translations: the preview shows each language's editions, and links to each")
    func previewLanguages() throws {
        let source = Self.source.replacing(
            "  language: en\n", with: "  language: en\n  translations: es\n  tagline in es: Un puerto para todos\n")
        let folder = try BroadsideToolTests.workspace(source: source)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = BroadsideToolTests.repositoryRoot.appendingPathComponent("Tests/Tools/check_preview_languages.py")
        let run = try BroadsideToolTests.run(
            [
                "python3", script.path, BroadsideToolTests.executable.path,
                folder.appendingPathComponent("content/campaign.broadside").path, "es",
            ], executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(run.status == 0 && run.standardOutput == "ok\n", "\(run.standardOutput)\(run.standardError)")
    }
}
