import BroadsideCore
import Foundation
import Testing

/// The campaign in content/ must carry the seed texts word for word: the site and the email all of the
/// web text (001), the flyer exactly the flyer text (002).
@Suite("Seed campaign")
struct SeedEditionTests {
    static let seeds = Support.fixtures.appendingPathComponent("seeds")

    static func compiled() throws -> [String: String] {
        let path = Support.repositoryRoot.appendingPathComponent("content/campaign.broadside").path
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let compilation = Broadside.compile(bytes, path: "content/campaign.broadside")
        #expect(compilation.diagnostics.errors.isEmpty)
        let files = try #require(compilation.files)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.text) })
    }

    static func seedLines(_ name: String) throws -> [String] {
        try Support.read(seeds.appendingPathComponent(name)).split(separator: "\n").map(String.init)
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    @Test("the site's visible text holds every line of the web seed, in order")
    func siteCarriesTheWebSeed() throws {
        let html = try #require(try Self.compiled()["site/index.html"])
        let visible = TextComparison.squeezed(TextComparison.visibleText(ofHTML: html))
        // In the seed a leading "- " marks a list item; on the site it is an <li>, with no hyphen.
        let lines = try Self.seedLines("001_dc6a2e069f4ad630.txt").map {
            $0.hasPrefix("- ") ? String($0.dropFirst(2)) : $0
        }
        #expect(TextComparison.missingInOrder(lines, in: visible) == nil)
    }

    @Test("the flyer is the flyer seed, word for word")
    func flyerIsTheFlyerSeed() throws {
        let flyer = try #require(try Self.compiled()["flyer.txt"])
        let seed = try Support.read(Self.seeds.appendingPathComponent("002_d7192ccfbe6eafa4.txt"))
        #expect(TextComparison.squeezed(TextComparison.withoutUnderlines(flyer)) == TextComparison.squeezed(seed))
    }

    @Test("the email holds every line of the web seed, in order, once its [n] markers are removed")
    func emailCarriesTheWebSeed() throws {
        let email = try #require(try Self.compiled()["email.txt"])
        let withoutMarkers = email.replacingOccurrences(of: #"\[\d+\]"#, with: "", options: .regularExpression)
        let lines = try Self.seedLines("001_dc6a2e069f4ad630.txt")
        #expect(TextComparison.missingInOrder(lines, in: TextComparison.squeezed(withoutMarkers)) == nil)
    }

    @Test("the text editions keep to their widths; only a lone long token may stand past them")
    func widths() throws {
        let files = try Self.compiled()
        for (path, width) in [("email.txt", 72), ("flyer.txt", 72)] {
            let text = try #require(files[path])
            for line in text.split(separator: "\n") where line.count > width {
                #expect(!line.contains(" ") || line.hasPrefix("["), "\(path): \(line)")
                #expect(line.split(separator: " ").count <= 2, "\(path): \(line)")
            }
        }
    }

    @Test("the email lists each linked address once, under Links")
    func emailLinks() throws {
        let email = try #require(try Self.compiled()["email.txt"])
        #expect(email.contains("$27,569 per student [1]"))
        #expect(email.contains("several failing schools [2]"))
        #expect(
            email.hasSuffix(
                """
                Links
                =====

                [1] http://profiles.doe.mass.edu/state_report/ppx.aspx
                [2] http://profiles.doe.mass.edu/accountability/report/school.aspx?linkid=31&orgcode=00490310&orgtypecode=6&

                """))
    }

    @Test("pending links are published as their words, never as links")
    func noDeadLinks() throws {
        let files = try Self.compiled()
        let html = try #require(files["site/index.html"])
        #expect(!html.contains("pending:"))
        #expect(html.contains("(Read more)"))
        #expect(html.components(separatedBy: "<a href=\"http").count == 3)
    }

    @Test("two compilations give identical bytes")
    func reproducible() throws {
        #expect(try Self.compiled() == Self.compiled())
    }

    @Test(
        "the editions match the committed golden files",
        arguments: ["site/index.html", "site/style.css", "flyer.txt", "email.txt"])
    func golden(_ path: String) throws {
        let actual = try #require(try Self.compiled()[path])
        let goldenURL = Support.fixtures.appendingPathComponent("golden").appendingPathComponent(path)
        if ProcessInfo.processInfo.environment["BROADSIDE_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(
                at: goldenURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: goldenURL, atomically: true, encoding: .utf8)
        }
        let expected = try Support.read(goldenURL)
        #expect(
            actual == expected,
            "\(TextComparison.firstDifference(expected, actual)) (BROADSIDE_UPDATE_GOLDEN=1 swift test rewrites the golden files)"
        )
    }
}
