import BroadsideCore
import Testing

@Suite("Parser: structure")
struct ParserStructureTests {
    @Test("metadata, pages, sections and blocks are read into the model")
    func readsTheModel() throws {
        let compilation = try Support.checkedCompilation(
            Support.source(
                pages: """
                    page Home

                      section Welcome
                        First paragraph.

                        Second paragraph.

                    page About Us
                      section Who we are
                        We are *neighbours*.
                    """, metadata: "  site: https://example.org/\n  contact: jane@example.org · 555-0100"))
        let campaign = try #require(compilation.campaign)
        #expect(campaign.metadata.candidate == "Jane Doe")
        #expect(campaign.metadata.office == "City Council")
        #expect(campaign.metadata.tagline == "A better city for everyone")
        #expect(campaign.metadata.language == "en")
        #expect(campaign.metadata.siteURL == "https://example.org")
        #expect(campaign.metadata.contact == "jane@example.org · 555-0100")
        #expect(campaign.pages.map(\.name) == ["Home", "About Us"])
        #expect(campaign.pages.map(\.fileName) == ["index.html", "about-us.html"])
        #expect(campaign.pages.map(\.slug) == ["home", "about-us"])
        let welcome = campaign.pages[0].sections[0]
        #expect(welcome.name == "Welcome")
        #expect(welcome.id == "welcome")
        #expect(welcome.blocks.count == 1)
        #expect(welcome.blocks[0].location.line == 11)
        #expect(welcome.blocks[0].location.column == 5)
        #expect(
            compilation.blockHTML(page: 0, section: 0, block: 0)
                == "<p>First paragraph.</p>\n<p>Second paragraph.</p>\n")
        #expect(compilation.blockHTML(page: 1, section: 0, block: 0) == "<p>We are <em>neighbours</em>.</p>\n")
    }

    @Test("a section chooses its editions, its heading's and each block's")
    func editionChoices() throws {
        let compilation = try Support.checkedCompilation(
            Support.source(
                pages: """
                    page Home
                      section Web and email only
                        only in: web, email
                        All of this.
                      section Heading choice
                        heading only in: web
                        Everywhere.

                        only in: flyer
                          Flyer only.

                        not in: flyer
                          - Not on paper.
                            - nested
                        Everywhere again.
                    """))
        let campaign = try #require(compilation.campaign)
        let sections = campaign.pages[0].sections
        #expect(sections[0].editions == [.web, .email])
        #expect(sections[0].headingEditions == [.web, .email])
        #expect(sections[0].blocks.map(\.editions) == [[.web, .email]])
        #expect(sections[1].editions == .all)
        #expect(sections[1].headingEditions == [.web])
        #expect(sections[1].blocks.map(\.editions) == [.all, [.flyer], [.web, .email], .all])
        #expect(
            compilation.blockHTML(page: 0, section: 1, block: 2)
                == "<ul>\n<li>Not on paper.\n<ul>\n<li>nested</li>\n</ul>\n</li>\n</ul>\n")
        #expect(!sections[0].appears(in: .flyer))
        #expect(sections[1].blocks(in: .flyer).count == 3)
    }

    @Test("`and` joins edition names as well as commas do")
    func andJoinsEditions() throws {
        let campaign = try Support.campaign(
            Support.source(pages: "page Home\n  section S\n    only in: web and email\n    Text."))
        #expect(campaign.pages[0].sections[0].editions == [.web, .email])
    }

    @Test("a byte-order mark and CRLF line ends are read like plain UTF-8 with LF")
    func bomAndCRLF() throws {
        let text =
            "\u{FEFF}"
            + Support.source(pages: "page Home\n  section S\n    Text.").replacingOccurrences(of: "\n", with: "\r\n")
        let compilation = Support.compile(text)
        #expect(compilation.diagnostics.errors.isEmpty)
        #expect(compilation.blockHTML(page: 0, section: 0, block: 0) == "<p>Text.</p>\n")
    }

    @Test("keys are read whatever their case, values exactly as written")
    func keysIgnoreCase() throws {
        let campaign = try Support.campaign(
            "campaign\n  Candidate: Jane  Doe\n  OFFICE: Mayor\n  tagline: Yes: we can\n  language: es-US\npage Inicio\n  section S\n    Texto."
        )
        #expect(campaign.metadata.candidate == "Jane  Doe")
        #expect(campaign.metadata.tagline == "Yes: we can")
        #expect(campaign.metadata.language == "es-US")
    }

    @Test("a `#` heading in a section is a subheading of the section")
    func headingsNestUnderTheSection() throws {
        let compilation = try Support.checkedCompilation(
            Support.source(pages: "page Home\n  section S\n    # Sub\n    Text."))
        let campaign = try #require(compilation.campaign)
        #expect(compilation.blockHTML(page: 0, section: 0, block: 0) == "<h3>Sub</h3>\n<p>Text.</p>\n")
    }

    @Test("names become slugs: accents folded, apostrophes dropped")
    func slugs() throws {
        let campaign = try Support.campaign(
            Support.source(
                pages:
                    "page Home\n  section Helping Cambridge (even you don’t vote)\n    x\n  section Café & Más\n    y\n"
                    + "  section ‘Quoted’ words\n    w\n  section It’s Ｆｕｌｌ width\n    v\n  section Don’t stop, Ünï\n    u\n"
                    + "page Our 2nd Plan!\n  section A\n    z"
            ))
        #expect(
            campaign.pages[0].sections.map(\.id) == [
                "helping-cambridge-even-you-dont-vote", "cafe-mas", "quoted-words", "its-full-width", "dont-stop-uni",
            ])
        #expect(campaign.pages[1].fileName == "our-2nd-plan.html")
    }

    @Test("a page link names its page and section by name or slug, split at the first `#`")
    func pageLinksSplitAtTheFirstHash() throws {
        let compilation = try Support.checkedCompilation(
            Support.source(
                pages:
                    "page Home\n  section S\n    [a](page:Café#Más_Ideas) [b](page:cafe#mas-ideas) [c](page:Café)\n"
                    + "page Café\n  section Más Ideas\n    x"
            ))
        #expect(
            compilation.blockHTML(page: 0, section: 0, block: 0)
                == "<p><a href=\"cafe.html#mas-ideas\">a</a> <a href=\"cafe.html#mas-ideas\">b</a> "
                + "<a href=\"cafe.html\">c</a></p>\n")
    }
}
