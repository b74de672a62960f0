/// Reads the structure of a decoded source: its outline made into pages, then joined with the
/// settings into a campaign.
enum StructureReader {
    /// The pages and, when its settings are complete, the campaign; nil for a source with nothing in it.
    static func read(_ source: SourceText, diagnostics: inout Diagnostics) -> CampaignBuilder.Result? {
        SourceCharacters.check(source, diagnostics: &diagnostics)
        let builder = CampaignBuilder(source: source)
        let (outline, outlineDiagnostics) = OutlineParser.parse(source, lines: source.lines.indices)
        for diagnostic in outlineDiagnostics.all { diagnostics.emit(diagnostic) }
        if outline.pages.isEmpty && outline.settingsBlocks.isEmpty,
            source.lines.allSatisfy({ SourceLine(number: 0, text: $0).isBlank })
        {
            diagnostics.error(
                "the campaign source is empty", at: .wholeFile(source.path),
                notes: [Diagnostic.Note("start with a `campaign` block; docs/FORMAT.md has a complete example")])
            return nil
        }
        if outline.pages.isEmpty {
            diagnostics.error(
                "the campaign has no pages", at: source.location(line: source.lines.count, column: 1),
                notes: [Diagnostic.Note("add a page: a line `page Home` at the start of a line, then its sections")])
        }
        let pages = builder.pages(outline.pages, startsWithHome: true)
        var result = builder.campaign(outline.settingsBlocks, pages: pages, diagnostics: &diagnostics)
        if var campaign = result.campaign {
            CampaignSettings.checkLanguages(
                outline.settingsBlocks, pages: outline.pages, metadata: campaign.metadata, diagnostics: &diagnostics)
            for block in outline.settingsBlocks where block.keyword.value == "words" {
                if let language = block.argument?.value.lowercased() { campaign.customWords[language] = block }
            }
            campaign.words = CustomWords.resolve(campaign, diagnostics: &diagnostics)
            result.campaign = campaign
        }
        return result
    }
}
