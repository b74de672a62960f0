import BroadsideCore
import Testing

@Suite("Characters that hide")
struct SourceCharactersTests {
    static func diagnostics(campaign value: String = "Jane Doe", text: String = "Hello.") -> [String] {
        Support.diagnostics(
            "campaign\n  candidate: \(value)\n  office: City Council\n  tagline: Safe streets\n  language: en\npage Home\n  section S\n    \(text)\n"
        )
    }

    @Test(
        "in a value, a control or invisible format character is an error at its column, naming it",
        arguments: [
            ("\u{202E}", "U+202E RIGHT-TO-LEFT OVERRIDE"), ("\u{1B}", "U+001B ESCAPE"),
            ("\u{0B}", "U+000B LINE TABULATION"),
            ("\u{0C}", "U+000C FORM FEED"), ("\u{85}", "U+0085 NEXT LINE"), ("\u{2028}", "U+2028 LINE SEPARATOR"),
            ("\u{2029}", "U+2029 PARAGRAPH SEPARATOR"), ("\u{2066}", "U+2066 LEFT-TO-RIGHT ISOLATE"),
            ("\u{200B}", "U+200B ZERO WIDTH SPACE"), ("\u{200D}", "U+200D ZERO WIDTH JOINER"),
            ("\r", "U+000D CARRIAGE RETURN"),
        ])
    func inValues(_ character: String, _ name: String) {
        #expect(Self.diagnostics(campaign: "Jane\(character) Doe").contains("2:18: error: \(name) in the source"))
    }

    @Test("in Markdown text, controls are errors; bidirectional marks and joiners are not")
    func inText() {
        #expect(Self.diagnostics(text: "An escape \u{1B} here.").contains("8:15: error: U+001B ESCAPE in the source"))
        #expect(
            Self.diagnostics(text: "عربي \u{200F}and a joiner\u{200D} in text.").filter { $0.contains("error") }.isEmpty
        )
        #expect(
            Self.diagnostics(text: "only in: web,\u{200B} email\n      x").contains(
                "8:18: error: U+200B ZERO WIDTH SPACE in the source"))
    }

    @Test("indentation of non-breaking spaces is named")
    func nonBreakingIndentation() {
        #expect(
            Support.diagnostics("campaign\n\u{00A0} candidate: Jane\n").contains(
                "2:1: error: this line is indented with U+00A0 NO-BREAK SPACE, which looks like a space but is not one")
        )
        #expect(
            Support.diagnostics("campaign\n\u{3000}candidate: Jane\n").contains(
                "2:1: error: this line is indented with U+3000 IDEOGRAPHIC SPACE, which looks like a space but is not one"
            ))
    }

    @Test("a file of CR-only line ends gets one error saying so")
    func carriageReturnsAlone() {
        #expect(
            Support.diagnostics("campaign\r  candidate: Jane\r  office: City\r")
                == ["1:1: error: the lines of this file end with CR alone, as on old Macs"])
    }

    @Test("diagnostics show such characters escaped, never raw")
    func printedEscaped() throws {
        let compilation = Support.compile(
            "campaign\n  candidate: Jane\u{1B}[31m\u{202E}Doe\n  office: City Council\n  tagline: x\n  language: en\n")
        let printed = DiagnosticPrinter(source: compilation.source).format(compilation.diagnostics.sorted)
        #expect(!printed.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
        #expect(printed.contains("candidate: Jane<U+001B>[31m<U+202E>Doe"))
    }
}

@Suite("Tabs in values")
struct TabsInValuesTests {
    @Test("a tab inside a value or a name is an error at its column; in Markdown text it is fine")
    func tabs() {
        let diagnostics = Support.diagnostics(
            "campaign\n  candidate: Jane\tDoe\n  office: City Council\n  tagline: Safe streets\n  language: en\npage Home\n  section Hel\tlo\n    Text\twith a tab.\n"
        )
        #expect(diagnostics.contains("2:18: error: a tab in a value or a name"))
        #expect(diagnostics.contains("7:14: error: a tab in a value or a name"))
        #expect(diagnostics.filter { $0.hasPrefix("8:") }.isEmpty)
    }
}
