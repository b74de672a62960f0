import BroadsideCore
import Testing

/// `only in:` / `not in:` under a `page` line, and the email block's `pages:`.
@Suite("Page-level edition choices")
struct PageChoiceTests {
    static let source = Support.source(
        pages: """
            page Home
              section Hello
                Hi! See [plans](page:plans) and [events](page:events#soon).
            page Plans
              only in: web, email
              section Buses
                More buses.
            page Events
              not in: flyer
              section Soon
                A picnic.
            page Handout
              only in: flyer
              section Print
                Printed only.
            """,
        metadata: "email\n  subject: Hi\n  pages: Home, Plans\n")

    static func files() throws -> [String: String] {
        let compilation = Support.compile(source)
        let files = try #require(compilation.files, "\(Support.describe(compilation.diagnostics.errors))")
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.text) })
    }

    @Test("the site writes and lists only the pages on the web")
    func site() throws {
        let files = try Self.files()
        #expect(
            files.keys.filter { $0.hasPrefix("site/") && $0.hasSuffix(".html") }.sorted() == [
                "site/404.html", "site/events.html", "site/index.html", "site/plans.html",
            ])
        #expect(!files["site/index.html"]!.contains("Handout"))
    }

    @Test("the flyer carries only its pages; the email only those `pages:` names")
    func flyerAndEmail() throws {
        let files = try Self.files()
        let flyer = files["flyer.txt"]!
        #expect(flyer.contains("Printed only.") && !flyer.contains("More buses.") && !flyer.contains("A picnic."))
        let email = files["email.txt"]!
        #expect(email.contains("More buses.") && !email.contains("A picnic.") && !email.contains("Printed only."))
    }

    @Test("a section choice its page rules out is a warning at the choice")
    func sectionOutsideItsPage() {
        let compilation = Support.compile(
            Support.source(
                pages: "page Home\n  section S\n    x\npage P\n  only in: web\n  section T\n    only in: flyer\n    y"))
        #expect(
            compilation.diagnostics.warnings.map(\.message).contains(
                "no edition carries this section: its page is only in web"))
    }
}
