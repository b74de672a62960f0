import BroadsideCore
import Testing

/// What a build tells the staff besides their mistakes: the pending links in one warning, and one line
/// at the end saying what was built and where, or that nothing was.
@Suite("Build reports")
struct BuildReportTests {
    static func source(_ links: String, settings: String = "") -> String {
        Support.source(pages: "page Home\n  section S\n    \(links)", metadata: settings)
    }

    @Test("several pending links make one warning, each link a note at its line and column")
    func pendingLinksGrouped() {
        let compilation = Support.compile(Self.source("[One](pending:one), [two](pending:two) and [3](pending:three)."))
        let pending = compilation.diagnostics.warnings.filter { $0.message.contains("no target yet") }
        #expect(pending.count == 1)
        #expect(pending.first?.message == "3 links have no target yet; their words are published without a link")
        #expect(
            pending.first?.notes.compactMap { note in note.location.map { "\($0.line):\($0.column) \(note.message)" } }
                == ["9:5 “One” (pending:one)", "9:25 “two” (pending:two)", "9:48 “3” (pending:three)"])
    }

    @Test("`pending links: quiet` silences that warning, and no other")
    func quiet() {
        let quiet = Support.compile(Self.source("[One](pending:one).", settings: "  pending links: quiet"))
        #expect(quiet.diagnostics.warnings.map(\.message).allSatisfy { !$0.contains("no target yet") })
        #expect(quiet.diagnostics.warnings.contains { $0.message.hasPrefix("no `paid for by:` disclaimer") })
        #expect(quiet.campaign?.pendingLinks.map(\.note) == ["one"])
        #expect(
            Support.diagnostics(Self.source("x", settings: "  pending links: silent")).contains(
                "6:18: error: `silent` is not one of `warn`, `quiet`"))
    }

    @Test("the closing line says what was built and where, or how many errors kept the last good build")
    func closingLines() throws {
        let built = Support.compile(Self.source("Hello."))
        #expect(
            built.closingLine(writtenTo: "/srv/dist")
                == "Broadside: built site (1 page), flyer.txt, flyer.pdf (1 page, 14 pt), flyer-2up.pdf, email.txt, email.eml, email.html — in /srv/dist (3 warnings)"
        )
        #expect(built.closingLine(writtenTo: nil) == "Broadside: no errors (3 warnings)")
        let broken = Support.compile("campaign\n  taglin: x\n")
        #expect(
            broken.closingLine(writtenTo: "/srv/dist").hasSuffix(
                " errors; the editions were not updated (the last good build is kept)"))
        #expect(broken.closingLine(writtenTo: nil).hasSuffix(" errors; nothing was built"))
    }
}
