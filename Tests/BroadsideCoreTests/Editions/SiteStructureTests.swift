import BroadsideCore
import Foundation
import Testing

@Suite("Website structure")
struct SiteStructureTests {
    static func files(_ name: String) throws -> [String: String] {
        let folder = Support.fixtures.appendingPathComponent("campaigns/\(name)")
        let source = folder.appendingPathComponent("campaign.broadside")
        let compilation = try Support.compile(file: source.path)
        let files = try #require(compilation.files)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.text) })
    }

    @Test("with the site's address: canonical links, Open Graph tags, sitemap.xml and robots.txt")
    func withSiteAddress() throws {
        let files = try Self.files("site-features")
        let plans = try #require(files["site/plans.html"])
        #expect(plans.contains(#"<link rel="canonical" href="https://analima.example/plans.html">"#))
        #expect(plans.contains(#"<meta property="og:url" content="https://analima.example/plans.html">"#))
        #expect(plans.contains(#"<meta property="og:title" content="Plans — Ana Lima for County Board, District 2">"#))
        #expect(plans.contains(#"<meta property="og:description" content="Ana Lima’s plans for buses and parks.">"#))
        #expect(plans.contains(#"<meta property="og:type" content="website">"#))
        #expect(
            try #require(files["site/index.html"]).contains(#"<link rel="canonical" href="https://analima.example/">"#))
        #expect(
            files["site/sitemap.xml"] == """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>https://analima.example/</loc></url>
                <url><loc>https://analima.example/plans.html</loc></url>
                <url><loc>https://analima.example/meet-ana.html</loc></url>
                </urlset>

                """)
        #expect(files["site/robots.txt"] == "User-agent: *\nAllow: /\n\nSitemap: https://analima.example/sitemap.xml\n")
    }

    @Test("without it: none of these, and one note saying so")
    func withoutSiteAddress() throws {
        let compilation = Support.compile(Support.source(pages: "page Home\n  section S\n    x"))
        let files = try #require(compilation.files).map(\.path)
        #expect(!files.contains("site/sitemap.xml") && !files.contains("site/robots.txt"))
        #expect(!(try #require(compilation.files?.first { $0.path == "site/index.html" }).text.contains("canonical")))
        let notes = compilation.diagnostics.all.filter { $0.severity == .note && $0.message.hasPrefix("no `site:`") }
        #expect(
            Support.describe(notes) == [
                "1:1: note: no `site:` address: the website has no canonical links, Open Graph tags, sitemap.xml or robots.txt; add `  site: https://…` under `campaign` for them"
            ])
    }

    @Test("titles are “Page — Candidate for Office”; a 404 page shares the shell")
    func titlesAnd404() throws {
        let files = try Self.files("site-features")
        #expect(
            try #require(files["site/index.html"]).contains(
                "<title>Home — Ana Lima for County Board, District 2</title>"))
        let notFound = try #require(files["site/404.html"])
        #expect(notFound.contains("<h1>Page not found</h1>"))
        #expect(notFound.contains(#"<nav class="site-nav" aria-label="Pages">"#))
        #expect(!notFound.contains("aria-current"))
    }

    @Test("the staff's stylesheet is appended to Broadside's")
    func customStylesheet() throws {
        let css = try #require(try Self.files("site-features")["site/style.css"])
        #expect(
            css.hasSuffix(
                "/* From style.css, the campaign's own additions. */\n/* The campaign's own colours. */\n:root { --accent: #7a1f5c; }\n@media (prefers-color-scheme: dark) {\n  :root { --accent: #f0a6d2; }\n}\n.site-name a { letter-spacing: 0.02em; }\n"
            ))
    }

    @Test("subheadings in a section's text nest under it with no level skipped")
    func headingLevels() throws {
        let plans = try #require(try Self.files("site-features")["site/plans.html"])
        // "### Trees" and "### Benches" become h3, under a heading that is hidden from the site but kept for screen readers.
        #expect(plans.contains(#"<h2 class="visually-hidden">Parks</h2>"#))
        #expect(plans.contains("<h3>Trees</h3>"))
        let index = try #require(try Self.files("site-features")["site/index.html"])
        #expect(index.contains("<h3>The numbers</h3>"))
    }
}
