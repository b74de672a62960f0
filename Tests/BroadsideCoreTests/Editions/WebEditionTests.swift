import BroadsideCore
import Testing

@Suite("Web edition")
struct WebEditionTests {
    static let source = Support.source(
        pages: """
            page Home
              section Hello
                heading only in: email
                Welcome. See [our plans](page:plans) and [schools](page:plans#schools), or [below](#more).
              section More
                Text & \\<more> "text".
              section Flyer only
                only in: flyer
                Paper.
            page Plans
              section Schools
                Better schools.
            """, metadata: "  contact: Jane <jane@example.org>")

    static func files() throws -> [String: String] {
        let compilation = Support.compile(source)
        let files = try #require(compilation.files)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.text) })
    }

    @Test("one page per source page, the first as index.html, and one stylesheet")
    func files() throws {
        #expect(
            try Self.files().keys.sorted() == [
                "email.eml", "email.html", "email.txt", "flyer-2up.pdf", "flyer.pdf", "flyer.txt", "site/404.html",
                "site/index.html",
                "site/plans.html", "site/style.css",
            ])
    }

    @Test("links between pages are relative and sections have stable ids")
    func links() throws {
        let index = try #require(try Self.files()["site/index.html"])
        #expect(index.contains(#"<a href="plans.html">our plans</a>"#))
        #expect(index.contains(#"<a href="plans.html#schools">schools</a>"#))
        #expect(index.contains(#"<a href="index.html#more">below</a>"#))
        #expect(index.contains(#"<section id="hello">"#))
        #expect(!index.contains("<h2>Hello</h2>"))
        #expect(!index.contains("Paper."))
        let plans = try #require(try Self.files()["site/plans.html"])
        #expect(plans.contains(#"<section id="schools">"#))
        #expect(plans.contains("<title>Plans — Jane Doe for City Council</title>"))
        #expect(plans.contains(#"<li><a href="plans.html" aria-current="page">Plans</a></li>"#))
        #expect(plans.contains(#"<li><a href="index.html">Home</a></li>"#))
    }

    @Test("text is escaped; the page has its language, landmarks and one h1")
    func shell() throws {
        let index = try #require(try Self.files()["site/index.html"])
        #expect(index.contains("<p>Text &amp; &lt;more&gt; “text”.</p>"))
        #expect(index.contains("<p>Jane &lt;jane@example.org&gt;</p>"))
        #expect(index.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        for landmark in ["<header", "<nav", "<main", "<footer"] { #expect(index.contains(landmark)) }
        #expect(index.components(separatedBy: "<h1").count == 2)
        #expect(index.contains(#"<link rel="stylesheet" href="style.css">"#))
    }
}
