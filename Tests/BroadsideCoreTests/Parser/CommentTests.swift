import BroadsideCore
import Testing

@Suite("Comments")
struct CommentTests {
    static let source = """
        # A note at the top.
        campaign
          candidate: Jane Doe
        # Between keys, at the left edge.
          office: City Council
          # Between keys, 2 spaces in.
          tagline: Safe streets
          language: en

        # Before a page.
        page Home
          # Before a section.
          section Hello
            # A subheading
            First paragraph.
          # Between two paragraphs.
            Second paragraph.
        """

    @Test("a `#` line indented less than 4 spaces is ignored at every level, with no error")
    func ignored() throws {
        let compilation = Support.compile(Self.source)
        #expect(compilation.diagnostics.errors.isEmpty, "\(Support.describe(compilation.diagnostics.errors))")
        let campaign = try #require(compilation.campaign)
        #expect(campaign.metadata.office == "City Council")
        #expect(campaign.pages.map(\.name) == ["Home"])
        let html = try #require(compilation.files?.first { $0.path == "site/index.html" }).text
        #expect(!html.contains("note") && !html.contains("Between"))
        for path in ["flyer.txt", "email.txt"] {
            #expect(!(try #require(compilation.files?.first { $0.path == path }).text.contains("Between")), "\(path)")
        }
    }

    @Test("inside a section's text a comment ends a paragraph; at 4 spaces `#` is a subheading")
    func insideText() throws {
        let compilation = Support.compile(Self.source)
        #expect(
            compilation.blockHTML(page: 0, section: 0, block: 0)
                == "<h3>A subheading</h3>\n<p>First paragraph.</p>\n<p>Second paragraph.</p>\n")
    }

    @Test("diagnostics after comments keep their lines")
    func linesKept() {
        let broken = Self.source.replacingOccurrences(of: "  language: en", with: "  languag: en")
        #expect(Support.diagnostics(broken).contains("8:3: error: unknown key `languag` in the `campaign` block"))
    }
}
