/// Reads the structure of a source from its indentation: top-level blocks at column 1, their keys and
/// sections 2 spaces in, section text 4 spaces in, text under an `only in:` line 6 spaces in.
///
/// It reports every structural mistake it finds and carries on, so that one run lists them all.
struct OutlineParser {
    static let topLevelKeywords = CampaignSettings.blockKeywords + ["page", "words"]

    private let source: SourceText
    private var outline = SourceOutline()
    private var diagnostics = Diagnostics()

    private enum Context {
        case start
        case settings(block: Int)
        case page(Int)
        case section(page: Int, section: Int)
        /// After a line that could not be placed: its indented lines are skipped, not reported again.
        case skipping
        /// After a line in a page that could not be placed: the text under it is skipped until the next section.
        case skippingSectionText(page: Int)
    }

    private var context = Context.start
    private var sectionBody = SectionBodyReader()

    private init(source: SourceText) {
        self.source = source
    }

    /// Reads the lines `range` of `source` (all of it, or one of its pieces), and what it finds wrong in them.
    static func parse(_ source: SourceText, lines range: Range<Int>) -> (
        outline: SourceOutline, diagnostics: Diagnostics
    ) {
        var parser = OutlineParser(source: source)
        parser.read(range)
        return (parser.outline, parser.diagnostics)
    }

    private mutating func read(_ range: Range<Int>) {
        // The next line with text in it, found once for each stretch of blank lines (nil at the end).
        var nextIndex = range.lowerBound
        var nextContent: SourceLine?
        var index = range.lowerBound
        while index < range.upperBound {
            let line = index == nextIndex && nextContent != nil ? nextContent! : self.line(at: index)
            if nextIndex <= index {
                nextIndex = index + 1
                nextContent = nil
                while nextIndex < range.upperBound {
                    let candidate = self.line(at: nextIndex)
                    if !candidate.isBlank && !candidate.isComment {
                        nextContent = candidate
                        break
                    }
                    nextIndex += 1
                }
            }
            read(line, nextContentLine: nextContent)
            index += 1
        }
        closeSection()
    }

    private func line(at index: Int) -> SourceLine {
        SourceLine(number: index + 1, text: source.lines[index])
    }

    private mutating func read(_ line: SourceLine, nextContentLine: SourceLine?) {
        // A comment is read as a blank line: inside a section's text it ends a paragraph, as one would.
        if line.isBlank || line.isComment {
            sectionBody.addBlankLine()
            return
        }
        if let tab = line.tabColumn {
            diagnostics.error(
                "a tab in the indentation", at: source.location(line: line.number, column: tab),
                notes: [
                    Diagnostic.Note("indent with spaces, not tabs: 2 spaces for keys and sections, 4 for section text")
                ])
        }
        switch line.levelIndent {
        case 0:
            closeSection()
            readTopLevel(line)
        case 2:
            closeSection()
            readSecondLevel(line)
        case 4...:
            readDeep(line, nextContentLine: nextContentLine)
        default:
            diagnostics.error(
                "this line is indented \(line.indent) space\(line.indent == 1 ? "" : "s"), which matches no level",
                at: source.location(line: line.number, column: 1),
                notes: [
                    Diagnostic.Note(
                        "indent keys and `section` lines by 2 spaces, section text by 4, and text under `only in:` by 6"
                    )
                ])
            // Read on as if the line were one space further in, so one slip is reported once.
            if line.levelIndent == 1 {
                closeSection()
                readSecondLevel(line)
            } else {
                readDeep(line, nextContentLine: nextContentLine)
            }
        }
    }

    // MARK: Top level

    private mutating func readTopLevel(_ line: SourceLine) {
        let words = line.firstWordAndRest
        let written = words[0].lowercased().trimmingSuffix(":")
        let location = source.location(line: line.number, column: 1)
        var keyword = written
        if !Self.topLevelKeywords.contains(written), line.keyValue() == nil,
            let match = Suggestions.closest(to: written, among: Self.topLevelKeywords)
        {
            // Report the misspelt word, then read the line as what was meant, so one typo is one error.
            diagnostics.error(
                "unexpected text at the start of a line: `\(line.content.prefix(40))`", at: location,
                notes: [
                    Diagnostic.Note("did you mean `\(match)`?"),
                    Diagnostic.Note(
                        "a line that starts at the left edge must be `campaign`, `email`, `flyer` or `page NAME`"),
                ])
            keyword = match
        }
        switch keyword {
        case "campaign", "email", "flyer":
            if let earlier = outline.settingsBlocks.first(where: { $0.keyword.value == keyword }) {
                diagnostics.error(
                    "a second `\(keyword)` block", at: location,
                    notes: [
                        Diagnostic.Note(
                            "the `\(keyword)` block is already at line \(earlier.keyword.location.line); put all its keys there",
                            at: earlier.keyword.location)
                    ])
            }
            outline.settingsBlocks.append(
                SettingsBlock(keyword: Located(value: keyword, location: location), settings: []))
            context = .settings(block: outline.settingsBlocks.count - 1)
        case "words":
            let language = words.count > 1 ? String(words[1]) : ""
            let column = words.count > 1 ? line.column(of: words[1].startIndex) : line.contentColumn
            let argument = Located(value: language, location: source.location(line: line.number, column: column))
            if !LanguageTag.isWellFormed(language) {
                diagnostics.error(
                    language.isEmpty ? "this `words` block names no language" : "`\(language)` is not a language tag",
                    at: argument.location,
                    notes: [Diagnostic.Note("name the language the words are in: `words zh-Hans`")])
            } else if let earlier = outline.settingsBlocks.first(where: {
                $0.keyword.value == "words" && $0.argument?.value.lowercased() == language.lowercased()
            }) {
                diagnostics.error(
                    "a second `words \(language)` block", at: location,
                    notes: [
                        Diagnostic.Note(
                            "the words for `\(language)` are already at line \(earlier.keyword.location.line)",
                            at: earlier.keyword.location)
                    ])
            }
            outline.settingsBlocks.append(
                SettingsBlock(keyword: Located(value: "words", location: location), argument: argument, settings: []))
            context = .settings(block: outline.settingsBlocks.count - 1)
        case "page":
            let name = words.count > 1 ? String(words[1]) : ""
            if name.isEmpty {
                diagnostics.error(
                    "this page has no name", at: location,
                    notes: [Diagnostic.Note("write the page's name after the word: `page Home`")])
            }
            let nameColumn = words.count > 1 ? line.column(of: words[1].startIndex) : line.contentColumn
            outline.pages.append(
                OutlinePage(
                    name: Located(value: name, location: source.location(line: line.number, column: nameColumn)),
                    settings: [], sections: []))
            context = .page(outline.pages.count - 1)
        case "section":
            diagnostics.error(
                "a section must be inside a page", at: location,
                notes: [Diagnostic.Note("indent `section` by 2 spaces under a `page` line, and its text by 4")])
            context = .skipping
        default:
            reportUnexpectedTopLevel(line, keyword: keyword, location: location)
        }
    }

    private mutating func reportUnexpectedTopLevel(_ line: SourceLine, keyword: String, location: SourceLocation) {
        if let pair = line.keyValue() {
            diagnostics.error(
                "`\(pair.key)` is not indented", at: location,
                notes: [
                    Diagnostic.Note(
                        "keys belong in a block: indent this line by 2 spaces under `campaign`, `email` or `flyer`")
                ])
            return
        }
        let notes = [
            Diagnostic.Note("a line that starts at the left edge must be `campaign`, `email`, `flyer` or `page NAME`"),
            Diagnostic.Note("if this is text, indent it by 4 spaces inside a section"),
        ]
        diagnostics.error(
            "unexpected text at the start of a line: `\(line.content.prefix(40))`", at: location, notes: notes)
        context = .skipping
    }

    // MARK: Two spaces in: keys and sections

    private mutating func readSecondLevel(_ line: SourceLine) {
        let location = source.location(line: line.number, column: line.contentColumn)
        switch context {
        case .start:
            diagnostics.error(
                "this line is indented, but no `campaign` or `page` line comes before it", at: location,
                notes: [Diagnostic.Note("start the file with `campaign` at the left edge, then its keys 2 spaces in")])
        case .settings(let block):
            guard let setting = settingLine(line, in: outline.settingsBlocks[block].keyword.value) else { return }
            outline.settingsBlocks[block].settings.append(setting)
        case .page(let page), .section(let page, _), .skippingSectionText(let page):
            readPageLine(line, page: page, location: location)
        case .skipping:
            break
        }
    }

    private mutating func readPageLine(_ line: SourceLine, page: Int, location: SourceLocation) {
        let words = line.firstWordAndRest
        var isSection = words[0].lowercased() == "section"
        if !isSection, line.keyValue() == nil, Suggestions.closest(to: String(words[0]), among: ["section"]) != nil {
            diagnostics.error(
                "text where `section NAME` or a page setting was expected", at: location,
                notes: [Diagnostic.Note("did you mean `section`?")])
            isSection = true
        }
        if isSection {
            let name = words.count > 1 ? String(words[1]) : ""
            if name.isEmpty {
                diagnostics.error(
                    "this section has no name", at: location,
                    notes: [Diagnostic.Note("write the section's heading after the word: `section Why I am running`")])
            }
            let nameColumn = words.count > 1 ? line.column(of: words[1].startIndex) : line.contentColumn
            outline.pages[page].sections.append(
                OutlineSection(
                    name: Located(value: name, location: source.location(line: line.number, column: nameColumn)),
                    sectionChoice: nil, headingChoice: nil, bodies: []))
            context = .section(page: page, section: outline.pages[page].sections.count - 1)
            return
        }
        if line.keyValue() != nil {
            if case .section = context {
                diagnostics.error(
                    "a page setting after the page's sections", at: location,
                    notes: [
                        Diagnostic.Note(
                            "put page settings right under the `page` line, before its first section; if this is text, indent it by 4 spaces"
                        )
                    ])
                return
            }
            if let setting = settingLine(line, in: "page") { outline.pages[page].settings.append(setting) }
            return
        }
        diagnostics.error(
            "text where `section NAME` or a page setting was expected", at: location,
            notes: [
                Diagnostic.Note(
                    "a page holds sections: start one with `section NAME` 2 spaces in, and indent its text by 4 spaces")
            ])
        context = .skippingSectionText(page: page)
    }

    private mutating func settingLine(_ line: SourceLine, in block: String) -> SettingLine? {
        let location = source.location(line: line.number, column: line.contentColumn)
        guard let pair = line.keyValue() else {
            diagnostics.error(
                "expected `key: value` in the `\(block)` block", at: location,
                notes: [Diagnostic.Note("write a key, a colon and its value, e.g. `candidate: Jane Doe`")])
            return nil
        }
        return SettingLine(
            key: Located(value: pair.key.normalizedKey, location: location),
            value: Located(
                value: String(pair.value),
                location: source.location(line: line.number, column: line.column(of: pair.valueStart))))
    }

    // MARK: Four spaces in or more: section text

    private mutating func readDeep(_ line: SourceLine, nextContentLine: SourceLine?) {
        // Made only for a mistake: most lines are section text.
        var location: SourceLocation { source.location(line: line.number, column: line.contentColumn) }
        switch context {
        case .section(let page, let section):
            sectionBody.read(
                line, nextContentLine: nextContentLine, into: &outline.pages[page].sections[section],
                source: source, diagnostics: &diagnostics)
        case .page:
            diagnostics.error(
                "text must be inside a section", at: location,
                notes: [Diagnostic.Note("start a section above it with `section NAME`, 2 spaces in")])
        case .settings(let block):
            diagnostics.error(
                "this line is indented too far for the `\(outline.settingsBlocks[block].keyword.value)` block",
                at: location, notes: [Diagnostic.Note("keys are indented by 2 spaces, and each value fits on its line")]
            )
            if line.keyValue() != nil, let setting = settingLine(line, in: outline.settingsBlocks[block].keyword.value)
            {
                outline.settingsBlocks[block].settings.append(setting)
            }
        case .start:
            diagnostics.error(
                "this line is indented, but no `campaign` or `page` line comes before it", at: location,
                notes: [Diagnostic.Note("start the file with `campaign` at the left edge, then its keys 2 spaces in")])
        case .skipping, .skippingSectionText:
            break
        }
    }

    private mutating func closeSection() {
        if case .section(let page, let section) = context {
            sectionBody.close(into: &outline.pages[page].sections[section])
        }
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
