import BroadsideCore
import Foundation
import Testing

/// Whatever staff (or anyone who gets at the source) type, no script reaches the site and no name
/// escapes the output folder.
@Suite("Hostile input")
struct HostileInputTests {
    static let script = "<script>alert(1)</script>"
    static let breakout = "\"><img src=x onerror=alert(1)>"

    static let source = """
        campaign
          candidate: \(script)
          office: \(breakout)
          tagline: ' onmouseover='alert(1) \(script)
          language: en
          site: https://example.org
          contact: \(breakout) & \(script)

        page ../../etc/passwd
          section \(script)
            Words with \\<script>alert(1)\\</script> escaped, and a [titled link](https://example.org "\\"><script>x</script>").
          section \(breakout)
            [Home](page:etc-passwd) and [this](#img-src-x-onerror-alert-1).
        page /absolute/../Name
          section ../secret
            Dots in the name.
        """

    @Test("markup in every field is published as text, never as markup")
    func fieldsAreText() throws {
        let compilation = Broadside.compile(Array(Self.source.utf8), path: "hostile.broadside")
        #expect(compilation.diagnostics.errors.isEmpty, "\(Support.describe(compilation.diagnostics.errors))")
        let files = try #require(compilation.files)
        for file in files where file.path.hasSuffix(".html") {
            let html = file.text
            #expect(!html.contains("<script"), "\(file.path)")
            #expect(!html.contains("<img"), "\(file.path)")
            // No attribute was broken out of: no event handler stands inside a tag.
            let withoutAttributeValues = html.replacingOccurrences(
                of: "\"[^\"]*\"", with: "\"\"", options: .regularExpression)
            #expect(
                withoutAttributeValues.range(of: "<[a-z][^>]*\\son[a-z]+\\s*=", options: .regularExpression) == nil,
                "\(file.path)")
            #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), "\(file.path)")
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(file.path)")
        }
    }

    @Test("page names become file names only through the slug: no dots, no slashes")
    func fileNames() throws {
        let files = try #require(Broadside.compile(Array(Self.source.utf8), path: "hostile.broadside").files)
        #expect(
            files.map(\.path).sorted() == [
                "email.eml", "email.html", "email.txt", "flyer-2up.pdf", "flyer.pdf", "flyer.txt", "site/404.html",
                "site/absolute-name.html", "site/email/index.html", "site/index.html", "site/robots.txt",
                "site/share.png", "site/sitemap.xml", "site/style.css",
            ])
        for file in files {
            #expect(!file.path.contains(".."))
            #expect(!file.path.hasPrefix("/"))
        }
    }

    @Test("a site address with markup in it is refused")
    func siteAddress() {
        let compilation = Support.compile(
            Support.source(pages: "page Home\n  section S\n    x", metadata: "  site: https://example.org/\"><script>"))
        #expect(
            Support.describe(compilation.diagnostics.errors) == [
                "6:9: error: `https://example.org/\"><script>` is not a web address"
            ])
    }

    @Test(
        "dangerous links are refused in every spelling",
        arguments: [
            "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](java&#115;cript:alert(1))",
            "<javascript:alert(1)>", "[x](vbscript:msgbox(1))", "[x](data:text/html,<script>alert(1)</script>)",
            "[x](file:///etc/passwd)", "[x]: javascript:alert(1)\n\n[x]", "<a href=\"javascript:alert(1)\">x</a>",
            "<img src=x onerror=alert(1)>", "![x](javascript:alert(1))",
        ])
    func dangerousLinks(_ markdown: String) {
        let body = markdown.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(
            separator: "\n")
        let compilation = Support.compile(Support.source(pages: "page Home\n  section S\n" + body))
        #expect(compilation.files == nil)
        #expect(compilation.diagnostics.hasErrors)
    }
}
