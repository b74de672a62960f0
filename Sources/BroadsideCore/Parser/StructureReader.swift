/// Reads the structure of a decoded source: each piece outlined and made into pages side by side on
/// every core (`SourcePieces` says why a piece reads the same alone), then the pieces joined with the
/// settings into a campaign. The diagnostics come out in the order one pass over the whole source
/// would find them.
enum StructureReader {
    /// The pages and, when its settings are complete, the campaign; nil for a source with nothing in it.
    static func read(_ source: SourceText, diagnostics: inout Diagnostics) -> CampaignBuilder.Result? {
        let builder = CampaignBuilder(source: source)
        let read = source.pieces.indices.concurrentMap { index in
            let (outline, outlineDiagnostics) = OutlineParser.parse(source, lines: source.pieces[index])
            // Only the first piece can start with the home page: no other piece holds the first `page` line.
            return (
                outline: outline, diagnostics: outlineDiagnostics,
                pages: builder.pages(outline.pages, startsWithHome: index == 0)
            )
        }
        for piece in read {
            for diagnostic in piece.diagnostics.all { diagnostics.emit(diagnostic) }
        }
        let nothingRead = read.allSatisfy { $0.outline.pages.isEmpty && $0.outline.settingsBlocks.isEmpty }
        if nothingRead, source.lines.allSatisfy({ SourceLine(number: 0, text: $0).isBlank }) {
            diagnostics.error(
                "the campaign source is empty", at: .wholeFile(source.path),
                notes: [Diagnostic.Note("start with a `campaign` block; docs/FORMAT.md has a complete example")])
            return nil
        }
        if read.allSatisfy(\.outline.pages.isEmpty) {
            diagnostics.error(
                "the campaign has no pages", at: source.location(line: source.lines.count, column: 1),
                notes: [Diagnostic.Note("add a page: a line `page Home` at the start of a line, then its sections")])
        }
        return builder.campaign(
            read.flatMap(\.outline.settingsBlocks), pieces: read.map(\.pages), diagnostics: &diagnostics)
    }
}
