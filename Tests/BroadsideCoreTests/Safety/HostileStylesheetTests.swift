import BroadsideCore
import Foundation
import Testing

/// Every file in Fixtures/stylesheets/hostile tries to make the site ask another host for something: by
/// an escape, a comment, a line break, a backslash, a custom property, any function that takes a URL.
/// Each must be refused at build time, or be accepted only when a real browser, loading every page of
/// the site built with it, asks no other host for anything.
@Suite("Hostile stylesheets, in headless Chromium")
struct HostileStylesheetTests {
    static let folder = Support.fixtures.appendingPathComponent("stylesheets/hostile")

    /// A campaign of its own, with the elements the hostile rules aim at (body, lists, links).
    static let campaign = """
        campaign
          candidate: Rae Okafor
          office: Harbor Commission
          tagline: A harbor for everyone
          language: en

        page Home
          section Hello
            - one
            - two

            Read [the plan](page:plan).

        page Plan
          section Plan
            The plan.
        """

    static func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".css") }.map { String($0.dropLast(4)) }.sorted()
    }

    @Test("there are at least 40 hostile stylesheets")
    func count() throws {
        #expect(try Self.names().count >= 40)
    }

    @Test("each gets exactly its expected diagnostics (NAME.expected beside it)", arguments: try names())
    func diagnostics(_ name: String) throws {
        let css = try Support.read(Self.folder.appendingPathComponent("\(name).css"))
        let compilation = Support.compile(Self.campaign, stylesheet: css)
        let printed = DiagnosticPrinter(source: compilation.source, stylesheet: compilation.stylesheet)
            .format(compilation.diagnostics.sorted.filter { $0.location.file == "content/style.css" })
        let expectedURL = Self.folder.appendingPathComponent("\(name).expected")
        if ProcessInfo.processInfo.environment["BROADSIDE_UPDATE_GOLDEN"] == "1" {
            try printed.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try Support.read(expectedURL)
        #expect(printed == expected, "\(TextComparison.firstDifference(expected, printed))")
    }

    @Test("each is refused at build time, with errors in style.css only, or asks no other host for anything")
    func corpus() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("broadside-css-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var refused: [String] = []
        var accepted: [String] = []
        for name in try Self.names() {
            let css = try Support.read(Self.folder.appendingPathComponent("\(name).css"))
            let compilation = Support.compile(Self.campaign, stylesheet: css)
            if compilation.diagnostics.hasErrors {
                refused.append(name)
                let elsewhere = compilation.diagnostics.errors.filter { $0.location.file != "content/style.css" }
                #expect(elsewhere.isEmpty, "\(name): \(Support.describe(elsewhere))")
            } else {
                accepted.append(name)
                for file in compilation.files ?? [] where file.path.hasPrefix("site/") {
                    try Self.write(file.contents, to: root.appendingPathComponent("built/\(name)/\(file.path)"))
                }
            }
            // The same stylesheet unchecked, in a bare page: proof that the browser would have fetched.
            try Self.write(Array(css.utf8), to: root.appendingPathComponent("raw/\(name)/style.css"))
            try Self.write(Array(Self.barePage.utf8), to: root.appendingPathComponent("raw/\(name)/index.html"))
        }

        let script = Support.repositoryRoot.appendingPathComponent("Tests/Tools/count_foreign_requests.py").path
        let run = try ExternalTool.run(["python3", script, root.path])
        #expect(run.status == 0, "\(run.output)")
        let requests = try JSONDecoder().decode([String: [String]].self, from: Data(run.output.utf8))

        let built = requests.filter { $0.key.hasPrefix("built/") }
        #expect(built.count >= accepted.count * 2, "every page of every accepted site is loaded")
        for (page, urls) in built {
            #expect(urls.isEmpty, "\(page) asked another host for \(urls)")
        }
        let live = requests.filter { $0.key.hasPrefix("raw/") && !$0.value.isEmpty }.map {
            String($0.key.dropFirst("raw/".count).prefix { $0 != "/" })
        }
        // The harness sees what it is meant to see: unchecked, most of the corpus does reach the other host.
        #expect(live.count >= 40, "only \(live.count) hostile stylesheets reached another host unchecked")
        for name in live {
            #expect(refused.contains(name), "\(name) reaches another host unchecked, yet Broadside accepted it")
        }
        print(
            "hostile stylesheets: \(refused.count) refused at build time, \(accepted.count) accepted and inert "
                + "(0 requests from \(built.count) pages); \(live.count) would have reached another host unchecked")
    }

    static let barePage = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare</title>
        <link rel="stylesheet" href="style.css"></head>
        <body><p>Text</p><ul><li>One</li></ul></body></html>
        """

    private static func write(_ bytes: [UInt8], to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }
}
