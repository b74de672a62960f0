import BroadsideCore
import Testing

/// `donate:` and `volunteer:`: buttons on the site and in the email, words with addresses in the text
/// editions and on the printed flyer.
@Suite("Calls to action")
struct CallToActionTests {
    static let source = Support.source(
        pages: "page Home\n  section S\n    Words.",
        metadata: "  donate: https://janedoe.example/donate\n  volunteer: mailto:help@janedoe.example")

    static func files() throws -> [String: OutputFile] {
        let compilation = Support.compile(source)
        let files = try #require(compilation.files, "\(Support.describe(compilation.diagnostics.errors))")
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) })
    }

    @Test("the site: buttons in the header and at the foot of every page")
    func site() throws {
        let index = try #require(try Self.files()["site/index.html"]).text
        let buttons =
            #"<p class="actions"><a class="button" href="https://janedoe.example/donate">Donate</a> <a class="button" href="mailto:help@janedoe.example">Volunteer</a></p>"#
        #expect(index.components(separatedBy: buttons).count - 1 == 2)
        #expect(try #require(try Self.files()["site/404.html"]).text.contains(buttons))
    }

    @Test("the email: table buttons in the HTML part, words and addresses in the text")
    func email() throws {
        let files = try Self.files()
        let html = try #require(files["email.html"]).text
        #expect(html.contains(#"<table role="presentation""#))
        #expect(html.contains(#"<a href="https://janedoe.example/donate" style="display:inline-block;"#))
        let text = try #require(files["email.txt"]).text
        #expect(text.contains("\nDonate: https://janedoe.example/donate\nVolunteer: mailto:help@janedoe.example\n"))
    }

    @Test("the flyer: the words and the addresses as people type them, in print and in flyer.txt")
    func flyer() throws {
        let files = try Self.files()
        #expect(
            try #require(files["flyer.txt"]).text.hasSuffix(
                "\n\nDonate: janedoe.example/donate\nVolunteer: help@janedoe.example\n"))
        let pdf = try #require(files["flyer.pdf"])
        let folder = try ExternalTool.folder(with: [(pdf.path, pdf.contents)])
        let text = try ExternalTool.run(["pdftotext", folder.appendingPathComponent("flyer.pdf").path, "-"]).output
        #expect(text.contains("Donate: janedoe.example/donate"))
        #expect(text.contains("Volunteer: help@janedoe.example"))
    }

    @Test("a target a reader cannot follow is an error at the value")
    func badTarget() {
        let compilation = Support.compile(
            Support.source(pages: "page Home\n  section S\n    Words.", metadata: "  donate: paypal"))
        #expect(
            Support.describe(compilation.diagnostics.errors) == [
                "6:11: error: `paypal` is not an address a reader can follow"
            ])
    }

    @Test("election day under the name on the site, and under the tagline in both parts of the email")
    func electionDay() throws {
        let compilation = Support.compile(
            Support.source(pages: "page Home\n  section S\n    Words.", metadata: "  election: 2026-11-03"))
        let files = Dictionary(uniqueKeysWithValues: try #require(compilation.files).map { ($0.path, $0.text) })
        #expect(files["site/index.html"]?.contains(#"<p class="election">Vote Tuesday, November 3, 2026</p>"#) == true)
        #expect(files["email.html"]?.contains(">Vote Tuesday, November 3, 2026</p>") == true)
        #expect(files["email.txt"]?.contains("A better city for everyone\nVote Tuesday, November 3, 2026\n") == true)
    }
}
