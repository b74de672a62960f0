import BroadsideCore
import Testing

/// Each mistake a person can make in a source, with the exact place and message it must get.
@Suite("Parser: errors")
struct ParserErrorTests {
    static let header =
        "campaign\n  candidate: Jane Doe\n  office: City Council\n  tagline: A better city\n  language: en\n"

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let source: String
        let expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "empty file", source: "", expected: ["0:0: error: the campaign source is empty"]),
        Case(name: "only blank lines", source: "\n  \n", expected: ["0:0: error: the campaign source is empty"]),
        Case(
            name: "no pages", source: header,
            expected: ["5:1: error: the campaign has no pages"]),
        Case(
            name: "no campaign block", source: "page Home\n  section S\n    x\n",
            expected: ["1:1: error: the source has no `campaign` block"]),
        Case(
            name: "missing required key",
            source: "campaign\n  candidate: Jane\n  office: Mayor\n  language: en\npage Home\n  section S\n    x\n",
            expected: ["1:1: error: the `campaign` block has no `tagline:`"]),
        Case(
            name: "unknown key", source: header + "  taglin: oops\npage Home\n  section S\n    x\n",
            expected: ["6:3: error: unknown key `taglin` in the `campaign` block"]),
        Case(
            name: "duplicate key", source: header + "  office: Mayor\npage Home\n  section S\n    x\n",
            expected: ["6:3: error: `office` is set twice"]),
        Case(
            name: "empty value", source: header + "  site:\npage Home\n  section S\n    x\n",
            expected: ["6:8: error: `site` has no value"]),
        Case(
            name: "malformed site address", source: header + "  site: example.org\npage Home\n  section S\n    x\n",
            expected: ["6:9: error: `example.org` is not a web address"]),
        Case(
            name: "malformed language",
            source:
                "campaign\n  candidate: J\n  office: O\n  tagline: T\n  language: English\npage Home\n  section S\n    x\n",
            expected: ["5:13: error: `English` is not a language tag"]),
        Case(
            name: "tab in indentation", source: header + "page Home\n\tsection S\n    x\n",
            expected: ["7:1: error: a tab in the indentation"]),
        Case(
            name: "inconsistent indentation", source: header + "page Home\n  section S\n   x\n",
            expected: ["8:1: error: this line is indented 3 spaces, which matches no level"]),
        Case(
            name: "text where a key was expected",
            source: header + "  just some words\npage Home\n  section S\n    x\n",
            expected: ["6:3: error: expected `key: value` in the `campaign` block"]),
        Case(
            name: "unknown top-level word", source: header + "pgae Home\n  section S\n    x\n",
            expected: ["6:1: error: unexpected text at the start of a line: `pgae Home`"]),
        Case(
            name: "one line indented one space", source: header + "page Home\n  section S\n    x\n section T\n    y\n",
            expected: ["9:1: error: this line is indented 1 space, which matches no level"]),
        Case(
            name: "section outside a page", source: header + "section S\n    x\npage Home\n  section T\n    y\n",
            expected: ["6:1: error: a section must be inside a page"]),
        Case(
            name: "text directly in a page", source: header + "page Home\n    Some text.\n  section S\n    x\n",
            expected: ["7:5: error: text must be inside a section"]),
        Case(
            name: "page without a name", source: header + "page\n  section S\n    x\n",
            expected: ["6:1: error: this page has no name"]),
        Case(
            name: "page without sections", source: header + "page Home\npage Two\n  section S\n    x\n",
            expected: ["6:6: error: the page `Home` has no sections"]),
        Case(
            name: "section without text", source: header + "page Home\n  section Empty\n  section S\n    x\n",
            expected: ["7:11: error: the section `Empty` has no text"]),
        Case(
            name: "duplicate page",
            source: header
                + "page Home\n  section S\n    x\npage Plans\n  section S\n    x\npage plans\n  section S\n    x\n",
            expected: ["12:6: error: two pages have the same name"]),
        Case(
            name: "duplicate section",
            source: header + "page Home\n  section Our Plan\n    x\n  section Our plan!\n    y\n",
            expected: ["9:11: error: two sections have the same name"]),
        Case(
            name: "unknown edition", source: header + "page Home\n  section S\n    only in: web, flyre\n    x\n",
            expected: ["8:19: error: `flyre` is not an edition"]),
        Case(
            name: "edition choice with no edition", source: header + "page Home\n  section S\n    only in:\n    x\n",
            expected: ["8:5: error: no edition is named after the colon"]),
        Case(
            name: "misspelt edition choice", source: header + "page Home\n  section S\n    only inn: web\n      x\n",
            expected: ["8:5: error: `only inn:` is not a known edition choice"]),
        Case(
            name: "edition choice with nothing under it",
            source: header + "page Home\n  section S\n    x\n    only in: web\n    y\n",
            expected: ["9:5: error: nothing is indented under this line"]),
        Case(
            name: "heading choice after text",
            source: header + "page Home\n  section S\n    x\n    heading only in: web\n",
            expected: ["9:5: error: `heading only in:` must come right under the `section` line"]),
        Case(
            name: "link to a page that does not exist",
            source: header + "page Home\n  section S\n    See [plans](page:plans).\n",
            expected: ["8:9: error: there is no page `plans`"]),
        Case(
            name: "link to a section that does not exist",
            source: header + "page Home\n  section S\n    See [below](#nowhere).\n",
            expected: ["8:9: error: the page `Home` has no section `nowhere`"]),
        Case(
            name: "link to a section of another page that does not exist",
            source: header + "page Home\n  section S\n    See [it](page:more#nope).\npage More\n  section T\n    y\n",
            expected: ["8:9: error: the page `More` has no section `nope`"]),
        Case(
            name: "relative link", source: header + "page Home\n  section S\n    See [it](plans.html).\n",
            expected: ["8:9: error: `plans.html` is not a link Broadside can check"]),
        Case(
            name: "javascript link", source: header + "page Home\n  section S\n    [x](javascript:alert(1))\n",
            expected: ["8:5: error: links starting with `javascript:` are not published"]),
        Case(
            name: "data link", source: header + "page Home\n  section S\n    [x](data:text/html,hi)\n",
            expected: ["8:5: error: links starting with `data:` are not published"]),
        Case(
            name: "raw HTML", source: header + "page Home\n  section S\n    Hello <script>alert(1)</script>\n",
            expected: [
                "8:11: error: raw HTML is not published",
                "8:27: error: raw HTML is not published",
            ]),
        Case(
            name: "remote picture", source: header + "page Home\n  section S\n    ![me](https://example.org/me.jpg)\n",
            expected: [
                "8:5: error: `https://example.org/me.jpg` is on another host; pictures come from the campaign's folder"
            ]),
        Case(
            name: "picture with no alt text", source: header + "page Home\n  section S\n    Me: ![](me.jpg)\n",
            expected: [
                "8:9: error: this picture has no alt text",
                "8:9: error: there is no picture `me.jpg` in the campaign's folder",
            ]),
        Case(
            name: "link Markdown could not read",
            source: header + "page Home\n  section S\n    ([Read more](pending: my page))\n",
            expected: ["8:16: error: this looks like a link that Markdown could not read"]),
    ]

    @Test("each mistake is reported at its line and column", arguments: cases)
    func reports(_ testCase: Case) {
        let found = Support.diagnostics(testCase.source).filter { $0.contains(": error: ") }
        #expect(found == testCase.expected)
    }

    @Test("invalid UTF-8 is reported at the line and column of the first bad byte")
    func invalidUTF8() {
        var bytes = Array("campaign\n  candidate: Zoë ".utf8)
        bytes.append(0xFF)
        let compilation = Broadside.compile(bytes, path: "t.broadside")
        #expect(
            Support.describe(compilation.diagnostics.all) == ["2:18: error: the file is not valid UTF-8 (byte 0xFF)"])
    }

    @Test("a NUL byte is reported where it is")
    func nulByte() {
        let compilation = Broadside.compile(Array("campaign\n  x\u{0}".utf8), path: "t.broadside")
        #expect(Support.describe(compilation.diagnostics.all) == ["2:4: error: the file contains a NUL byte"])
    }

    @Test("a typo in a key gets a suggestion")
    func didYouMean() {
        let diagnostic = Support.compile(Self.header + "  taglin: x\npage Home\n  section S\n    x\n").diagnostics
            .errors[0]
        #expect(diagnostic.notes.map(\.message) == ["did you mean `tagline`?"])
    }

    @Test("a duplicate key points to the line that set it first")
    func duplicatePointsBack() {
        let diagnostic = Support.compile(Self.header + "  office: Mayor\npage Home\n  section S\n    x\n").diagnostics
            .errors[0]
        #expect(diagnostic.notes.first?.location?.line == 3)
        #expect(diagnostic.notes.first?.message == "it is already set at line 3; keep one of the two")
    }

    @Test("every error in a source is reported in one run, in source order")
    func allErrorsAtOnce() {
        let found = Support.diagnostics(
            "campaign\n  candidate: J\n  ofice: O\n  tagline: T\n  language: en\npage Home\n  section S\n    [a](page:x) [b](#y)\n"
        )
        #expect(
            found == [
                "1:1: error: the `campaign` block has no `office:`",
                "3:3: error: unknown key `ofice` in the `campaign` block",
                "8:5: error: there is no page `x`",
                "8:17: error: the page `Home` has no section `y`",
            ])
    }

    @Test("pending links are warnings with their position, and keep their words")
    func pendingLinks() throws {
        let compilation = Support.compile(
            Self.header + "page Home\n  section S\n    Café ([Read more](pending:plans)).\n")
        #expect(
            Support.describe(compilation.diagnostics.all.filter { $0.message.hasPrefix("the link") }) == [
                "8:11: warning: the link “Read more” has no target yet (pending:plans); its words are published without a link"
            ])
        #expect(compilation.blockHTML(page: 0, section: 0, block: 0) == "<p>Café (Read more).</p>\n")
        #expect(compilation.campaign?.pendingLinks.map(\.note) == ["plans"])
    }
}
