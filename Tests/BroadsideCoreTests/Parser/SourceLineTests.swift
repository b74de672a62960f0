import Testing

@testable import BroadsideCore

@Suite("Source lines")
struct SourceLineTests {
    @Test(
        "the first word and the rest are split as the standard library splits them, on bytes or not",
        arguments: [
            "section Why I am running", "section  Two spaces", "section", "page Café", "section \u{301}combined",
            "sect\u{600} ion", "section Don’t stop", "séction Name", "section x", "a b c d", "section ’quoted’",
        ])
    func firstWordAndRest(_ content: String) {
        let line = SourceLine(number: 1, text: Substring("  " + content + "  "))
        #expect(line.firstWordAndRest == line.content.split(separator: " ", maxSplits: 1))
    }
}
