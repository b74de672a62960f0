import Testing

@testable import BroadsideCore

@Suite("Source lines")
struct SourceLineTests {
    static let texts = [
        "section Why I am running", "section  Two spaces", "section", "page Café", "section \u{301}combined",
        "sect\u{600} ion", "section Don’t stop", "séction Name", "section x", "a b c d", "section ’quoted’",
        "plans#schools", "#top", "plans#", "", "Café#Más", "plans#\u{301}x", "pl\u{600}#x", "a#b#c", " lead",
        "trail ",
    ]

    @Test("a line's first word and the rest are split as the standard library splits them", arguments: texts)
    func firstWordAndRest(_ content: String) {
        let line = SourceLine(number: 1, text: Substring("  " + content + "  "))
        #expect(line.firstWordAndRest == line.content.split(separator: " ", maxSplits: 1))
    }

    @Test(
        "splitOnce splits as split(separator:maxSplits: 1) does, on bytes or not, empty parts kept or left out",
        arguments: texts)
    func splitOnce(_ text: String) {
        for separator in [" ", "#"] as [Character] {
            for omitting in [false, true] {
                #expect(
                    text[...].splitOnce(at: separator.asciiValue!, omittingEmptySubsequences: omitting)
                        == text.split(separator: separator, maxSplits: 1, omittingEmptySubsequences: omitting),
                    "\(text.debugDescription) at \(separator), omitting empty: \(omitting)")
            }
        }
    }
}
