import BroadsideCore
import Testing

@Suite("Flyer edition")
struct FlyerEditionTests {
    @Test("tagline on top, chosen headings and blocks only, links as their words")
    func choices() throws {
        let flyer = try Support.file(
            "flyer.txt",
            of: Support.source(
                pages: """
                    page Home
                      section Hello
                        heading only in: web
                        Hi, I am [Jane](https://jane.example).
                      section Record
                        only in: web, email
                          - A list the flyer leaves out.
                        A closing paragraph that the flyer keeps, long enough to wrap at seventy-two columns.
                      section Web only
                        only in: web
                        Not on paper.
                    """))
        #expect(
            flyer == """
                A better city for everyone
                ==========================
                Hi, I am Jane.

                Record
                ------
                A closing paragraph that the flyer keeps, long enough to wrap at
                seventy-two columns.

                """)
    }
}

@Suite("Flyer edition: regressions found by fuzzing")
struct FlyerRegressionTests {
    @Test("an empty list item's marker does not pass to the text after the list (fuzz crash ed01c41f)")
    func emptyListItem() throws {
        let flyer = try Support.file(
            "flyer.txt", of: Support.source(pages: "page Home\n  section S\n    -\n\n    After the list."))
        // Before the fix the marker's width was taken from the text after the list, and the build crashed.
        #expect(flyer == "A better city for everyone\n==========================\nS\n-\nAfter the list.\n")
    }
}
