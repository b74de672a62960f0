/// What the fuzz target (Fuzz/) does with each input, kept in the library so that it is built and
/// tested like the rest: the bytes go through the parser and, whenever they make a campaign, through
/// every edition and the diagnostics printers; and through the stylesheet check, as a `style.css`.
public enum FuzzInput {
    /// Runs `bytes` three times: as a whole source; as the Markdown body of a section in a valid
    /// campaign, so that random text reaches the renderers and not only the parser's first error; and as
    /// the staff's stylesheet beside a valid campaign.
    /// One input in eight, chosen by its bytes so that a run can be repeated, also draws the flyer's PDF.
    public static func run(_ bytes: [UInt8]) {
        let options = RenderOptions(drawsFlyerPDF: bytes.reduce(0) { $0 &+ Int($1) } % 8 == 0)
        exercise(bytes, options: options)
        if let text = String(validating: bytes, as: UTF8.self) {
            exercise(Array(asSectionBody(text).utf8), options: options)
        }
        exercise(
            BuildInputs(
                source: InputFile(path: "fuzz.broadside", bytes: Array(asSectionBody("Text.").utf8)),
                stylesheet: InputFile(path: "style.css", bytes: bytes)),
            options: RenderOptions(drawsFlyerPDF: false))
    }

    /// A valid campaign whose one section holds `text` as its Markdown body.
    public static func asSectionBody(_ text: String) -> String {
        let body = text.linesSplitAtLF().map { "    " + $0 }.joined(separator: "\n")
        return """
            campaign
              candidate: Fuzz
              office: Tester
              tagline: Random input
              language: en
              site: https://example.org
              paid for by: Fuzzers United
              address: 1 Test Street, Testville
            email
              subject: Fuzz ✓
              from: Fuzz <fuzz@example.org>
            page Home
              section Fuzz
            \(body)
            page Other
              section Target
                [back](page:home#fuzz)

            """
    }

    private static func exercise(_ bytes: [UInt8], options: RenderOptions) {
        exercise(BuildInputs(source: InputFile(path: "fuzz.broadside", bytes: bytes)), options: options)
    }

    private static func exercise(_ inputs: BuildInputs, options: RenderOptions) {
        let compilation = Broadside.compile(inputs, options: options)
        let diagnostics = compilation.diagnostics.sorted
        _ = DiagnosticPrinter(source: compilation.source).format(diagnostics)
        _ = DiagnosticJSON.encode(diagnostics)
    }
}
