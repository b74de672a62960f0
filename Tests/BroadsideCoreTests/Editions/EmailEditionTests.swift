import BroadsideCore
import Testing

@Suite("Email edition")
struct EmailEditionTests {
    static let campaign = Support.source(
        pages: """
            page Home
              section Why
                Read [the report](https://example.org/report) and [the data](https://example.org/data),
                then [the report](https://example.org/report) again. Write to <jane@example.org> or
                see [our plans](page:plans#schools).

                > A quote that is long enough to be wrapped onto a second line of the email.

                1. First item, long enough that it has to wrap under its own text and not the number.
                2. Second item
                   - nested item, also long enough to wrap once it is indented under its parent

                **Bold** and *soft* words, with a [link nobody wrote yet](pending:later).

                ## Details
                More words.
              section Web only
                only in: web
                Nothing for email.
            page Plans
              section Schools
                Better schools for every child in the city, from pre-K to the last year of high school.
            """)

    @Test("numbered links, each address once, under Links; quotes, lists and headings laid out in plain text")
    func layout() throws {
        let email = try Support.file("email.txt", of: Self.campaign)
        #expect(
            email == """
                Subject: Jane Doe for City Council

                Jane Doe for City Council
                A better city for everyone

                Why
                ===

                Read the report [1] and the data [2], then the report [1] again. Write
                to jane@example.org or see our plans.

                > A quote that is long enough to be wrapped onto a second line of the
                > email.

                1. First item, long enough that it has to wrap under its own text and
                   not the number.
                2. Second item
                   - nested item, also long enough to wrap once it is indented under its
                     parent

                *Bold* and _soft_ words, with a link nobody wrote yet.

                Details
                -------

                More words.

                =====
                Plans
                =====

                Schools
                =======

                Better schools for every child in the city, from pre-K to the last year
                of high school.

                Links
                =====

                [1] https://example.org/report
                [2] https://example.org/data

                """)
    }

    @Test("links to the site's own pages get full addresses when the site's address is known")
    func siteLinks() throws {
        let source = Support.source(
            pages:
                "page Home\n  section S\n    See [plans](page:plans) and [home](page:home#s).\npage Plans\n  section T\n    x",
            metadata: "  site: https://jane.example/\n  contact: jane@example.org")
        let email = try Support.file("email.txt", of: source)
        #expect(email.contains("See plans [1] and home [2]."))
        #expect(email.contains("[1] https://jane.example/plans.html\n[2] https://jane.example/#s\n"))
        #expect(email.hasSuffix("\n-- \nJane Doe for City Council\njane@example.org\n"))
    }

    @Test("no line is longer than 72 characters but for a lone address")
    func width() throws {
        let longURL = "https://example.org/" + String(repeating: "very-long-path/", count: 8)
        let source = Support.source(
            pages: "page Home\n  section S\n    Visit <\(longURL)> for " + String(repeating: "many words ", count: 40))
        let email = try Support.file("email.txt", of: source)
        for line in email.split(separator: "\n") {
            #expect(line.count <= 72 || line == Substring(longURL), "\(line)")
        }
    }
}
