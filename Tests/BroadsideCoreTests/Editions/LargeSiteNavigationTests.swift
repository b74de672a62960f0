import BroadsideCore
import Testing

/// Every page carries the navigation, so on a large site it must stay the same size: the first pages,
/// the current one, and a page listing them all.
@Suite("Navigation of a large site")
struct LargeSiteNavigationTests {
    static func site(pages count: Int) throws -> [String: String] {
        // Pages after the first are off the flyer, which could not hold them all.
        let pages = (1...count).map {
            "page Page \($0)\n\($0 > 1 ? "  not in: flyer\n" : "")  section S\n    Text \($0).\n"
        }
        .joined()
        let compilation = Support.compile(Support.source(pages: pages))
        let files = try #require(compilation.files, "\(Support.describe(compilation.diagnostics.errors))")
        return Dictionary(uniqueKeysWithValues: files.filter { $0.path.hasPrefix("site/") }.map { ($0.path, $0.text) })
    }

    static func navigationLinks(_ html: String) -> [String] {
        guard let start = html.range(of: "<nav class=\"site-nav\""), let end = html.range(of: "</nav>") else {
            return []
        }
        return html[start.upperBound..<end.lowerBound].components(separatedBy: "<li>").dropFirst().map {
            String($0.split(separator: "\"")[1])
        }
    }

    @Test("up to 12 pages, every page lists them all and there is no page of pages")
    func smallSite() throws {
        let site = try Self.site(pages: 12)
        #expect(site["site/all-pages.html"] == nil)
        #expect(Self.navigationLinks(site["site/page-12.html"]!).count == 12)
    }

    @Test("beyond 12, the first 11, the current page, and all-pages.html, which lists every page")
    func largeSite() throws {
        let site = try Self.site(pages: 40)
        let first = ["index.html"] + (2...11).map { "page-\($0).html" }
        #expect(Self.navigationLinks(site["site/index.html"]!) == first + ["all-pages.html"])
        let page30 = site["site/page-30.html"]!
        #expect(Self.navigationLinks(page30) == first + ["page-30.html", "all-pages.html"])
        #expect(page30.contains(#"<a href="page-30.html" aria-current="page">Page 30</a>"#))
        let all = try #require(site["site/all-pages.html"])
        #expect(all.contains(#"<a href="all-pages.html" aria-current="page">All pages</a>"#))
        #expect(all.contains("<h1>All pages</h1>"))
        let listed = all.components(separatedBy: "<ul class=\"all-pages\">")[1].components(separatedBy: "</ul>")[0]
        #expect(listed.components(separatedBy: "<li>").count - 1 == 40)
    }

    @Test("the site's size grows with its pages, not with their square")
    func linearSize() throws {
        let small = try Self.site(pages: 200).values.reduce(0) { $0 + $1.utf8.count }
        let large = try Self.site(pages: 400).values.reduce(0) { $0 + $1.utf8.count }
        #expect(Double(large) / Double(small) < 2.1, "\(small) → \(large) bytes")
    }
}

@Suite("Page limit")
struct PageLimitTests {
    @Test("more than 50,000 pages is an error at page 50,001, saying how many there are")
    func tooManyPages() {
        let pages = (0...50_000).map { "page Page \($0)\n  section S\n    T.\n" }.joined()
        let compilation = Support.compile(Support.source(pages: pages))
        #expect(compilation.files == nil)
        #expect(
            compilation.diagnostics.errors.map { "\($0.location.line):\($0.location.column): \($0.message)" } == [
                "\(7 + 3 * 50_000):6: a campaign may have at most 50,000 pages; this one has 50,001"
            ])
    }
}
