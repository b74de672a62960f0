import BroadsideCore
import Foundation
import Testing

/// Inputs built to be slow or deep finish, in every edition (their timings are printed by
/// `broadside-bench pathological`; tests only check that they complete and are sane).
@Suite("Pathological input", .serialized)
struct PathologicalInputTests {
    static func compileAll(_ text: String, drawsFlyerPDF: Bool = true) -> Compilation {
        Broadside.compile(
            Array(text.utf8), path: "pathological.broadside", options: RenderOptions(drawsFlyerPDF: drawsFlyerPDF))
    }

    /// Far more text than a printed flyer holds is an error at the first block that does not fit, found
    /// without laying out the rest (the other tests leave the PDF out, to see the other editions).
    @Test("a flyer far over two sides is refused at the block where it stops fitting")
    func flyerFarTooLong() {
        var text = "page Home\n"
        for index in 0..<100_000 { text += "  section Section \(index)\n    Text \(index).\n" }
        let compilation = Self.compileAll(Support.source(pages: text))
        #expect(compilation.files == nil)
        #expect(
            compilation.diagnostics.errors.map(\.message) == [
                "the printed flyer does not fit two sides (front and back), even in 9 pt type; it stops fitting here"
            ])
    }

    static func page(_ body: String) -> String {
        Support.source(pages: "page Home\n  section Deep\n" + body)
    }

    @Test("10,000 nested block quotes")
    func nestedQuotes() throws {
        let compilation = Self.compileAll(Self.page("    " + String(repeating: "> ", count: 10_000) + "deep\n"))
        let files = try #require(compilation.files)
        #expect(files.first { $0.path == "site/index.html" }?.text.contains("deep") == true)
    }

    @Test("10,000 nested list items")
    func nestedLists() throws {
        // "- - - … item" on one line: each marker opens a list inside the item before it.
        let compilation = Self.compileAll(Self.page("    " + String(repeating: "- ", count: 10_000) + "item\n"))
        let html = try #require(compilation.files?.first { $0.path == "site/index.html" }?.text)
        // 10,000 lists, and the navigation's.
        #expect(html.components(separatedBy: "<ul>").count - 1 == 10_001)
    }

    @Test("a 5 MB single line")
    func longLine() throws {
        let line = String(repeating: "word ", count: 1_000_000)
        let compilation = Self.compileAll(Self.page("    " + line + "\n"), drawsFlyerPDF: false)
        let flyer = try #require(compilation.files?.first { $0.path == "flyer.txt" }?.text)
        #expect(flyer.split(separator: "\n").allSatisfy { $0.count <= 72 })
    }

    @Test("100,000 sections")
    func manySections() throws {
        var text = "page Home\n"
        for index in 0..<100_000 { text += "  section Section \(index)\n    Text \(index).\n" }
        let compilation = Self.compileAll(Support.source(pages: text), drawsFlyerPDF: false)
        #expect(compilation.campaign?.pages[0].sections.count == 100_000)
    }

    @Test("1,000 pages")
    func manyPages() throws {
        var text = ""
        for index in 0..<1_000 {
            text += "page Page \(index)\n  section S\n    [next](page:page-\((index + 1) % 1_000))\n"
        }
        let compilation = Self.compileAll(Support.source(pages: text), drawsFlyerPDF: false)
        // The pages, 404.html, all-pages.html and style.css; flyer.txt; email.txt, .eml and .html.
        #expect(compilation.files?.count == 1_007)
    }

    @Test("100,000 links to one address and 10,000 to different ones")
    func manyLinks() throws {
        let same = String(repeating: "[a](https://example.org) ", count: 100_000)
        let different = (0..<10_000).map { "[b](https://example.org/\($0))" }.joined(separator: " ")
        let compilation = Self.compileAll(
            Self.page("    " + same + "\n\n    " + different + "\n"), drawsFlyerPDF: false)
        let email = try #require(compilation.files?.first { $0.path == "email.txt" }?.text)
        #expect(email.contains("[10001] https://example.org/9999"))
    }
}
