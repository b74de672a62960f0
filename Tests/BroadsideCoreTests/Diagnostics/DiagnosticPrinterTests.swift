import BroadsideCore
import Testing

@Suite("Diagnostic printer")
struct DiagnosticPrinterTests {
    @Test("path:line:column: severity: message, the source line, a caret, then notes")
    func compilerForm() {
        let source = "campaign\n  taglin: For all\n"
        let compilation = Broadside.compile(Array(source.utf8), path: "content/c.broadside")
        let text = DiagnosticPrinter(sourceText: compilation.source?.text).format(
            compilation.diagnostics.errors.first { $0.message.hasPrefix("unknown key") }!)
        #expect(
            text == """
                content/c.broadside:2:3: error: unknown key `taglin` in the `campaign` block
                      taglin: For all
                      ^
                content/c.broadside:2:3: note: did you mean `tagline`?

                """)
    }

    @Test("a diagnostic in another file, such as the stylesheet, quotes no line of the source")
    func otherFile() {
        let source = SourceText(path: "content/c.broadside", text: "campaign\n  tagline: x\n")
        let printer = DiagnosticPrinter(source: source)
        let inStylesheet = Diagnostic.error("x", at: SourceLocation(file: "content/style.css", line: 1, column: 1))
        let inSource = Diagnostic.error("y", at: SourceLocation(file: "content/c.broadside", line: 2, column: 3))
        #expect(printer.format(inStylesheet) == "content/style.css:1:1: error: x\n")
        #expect(printer.format(inSource) == "content/c.broadside:2:3: error: y\n      tagline: x\n      ^\n")
    }

    @Test("the caret counts characters, not bytes")
    func caretCountsCharacters() {
        let diagnostic = Diagnostic.error("x", at: SourceLocation(file: "f", line: 1, column: 4))
        #expect(DiagnosticPrinter(sourceText: "éé x").format(diagnostic) == "f:1:4: error: x\n    éé x\n       ^\n")
    }

    @Test("a diagnostic about the whole file still names a line and column")
    func wholeFile() {
        let diagnostic = Diagnostic.error("the campaign source is empty", at: .wholeFile("content/c.broadside"))
        #expect(
            DiagnosticPrinter(sourceText: nil).format(diagnostic)
                == "content/c.broadside:1:1: error: the campaign source is empty\n")
    }

    @Test("past the cap, errors are counted, not shown")
    func cap() {
        let diagnostics = (1...25).map {
            Diagnostic.error("e\($0)", at: SourceLocation(file: "f", line: $0, column: 1))
        }
        let text = DiagnosticPrinter(sourceText: nil).format(diagnostics, errorLimit: 20)
        #expect(text.components(separatedBy: ": error: e").count == 21)
        #expect(text.hasSuffix("error: and 5 more errors; fix these first\n"))
    }
}
