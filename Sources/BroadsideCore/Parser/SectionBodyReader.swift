/// Reads a section's lines (4 spaces in or more) into bodies of Markdown, and its `only in:`,
/// `not in:` and `heading only in:` lines into edition choices.
struct SectionBodyReader {
    static let sectionIndent = 4
    static let blockIndent = 6
    static let directiveKeys = ["only in", "not in", "heading only in", "heading not in"]

    /// The body being read, if any.
    private var open: OutlineBody?
    /// The translation being read, if any.
    private var translation: OutlineTranslation?
    /// Blank lines seen since the last text line: kept only if more text follows in the same body.
    private var pendingBlankLines = 0

    mutating func addBlankLine() {
        if open != nil || translation != nil { pendingBlankLines += 1 }
    }

    mutating func read(
        _ line: SourceLine, nextContentLine: SourceLine?, into section: inout OutlineSection,
        source: SourceText, diagnostics: inout Diagnostics
    ) {
        if translation != nil {
            if line.indent == Self.blockIndent, translation?.markdown.lines.isEmpty == true,
                translation?.recorded == nil, let pair = line.keyValue(), pair.key.normalizedKey == "translated from"
            {
                translation?.recorded = Located(
                    value: String(pair.value),
                    location: source.location(line: line.number, column: line.column(of: pair.valueStart)))
                translation?.markdown.firstLine = line.number + 1
                pendingBlankLines = 0
                return
            }
            if line.indent >= Self.blockIndent {
                for _ in 0..<pendingBlankLines { translation?.markdown.lines.append("") }
                pendingBlankLines = 0
                translation?.markdown.lines.append(line.dropping(indent: Self.blockIndent))
                return
            }
            close(into: &section)
        }
        if line.indent == Self.sectionIndent, let opened = Self.translation(in: line, source: source) {
            close(into: &section)
            translation = opened
            if opened.heading.value.isEmpty {
                diagnostics.error(
                    "this translation has no heading", at: opened.heading.location,
                    notes: [
                        Diagnostic.Note(
                            "write the section's heading in that language after the colon: `in es: Calles seguras`")
                    ])
            }
            return
        }
        if let body = open, body.choice != nil {
            if line.indent >= Self.blockIndent {
                append(line, indent: Self.blockIndent)
                return
            }
            close(into: &section)
        }
        if line.indent == Self.sectionIndent,
            let directive = directive(in: line, source: source, diagnostics: &diagnostics)
        {
            close(into: &section)
            place(directive, nextContentLine: nextContentLine, in: &section, diagnostics: &diagnostics)
            return
        }
        if open == nil {
            open = OutlineBody(
                choice: nil, markdown: MarkdownLines(lines: [], firstLine: line.number, indent: Self.sectionIndent))
        }
        append(line, indent: Self.sectionIndent)
    }

    /// Ends the body being read and adds it to `section`.
    mutating func close(into section: inout OutlineSection) {
        if let body = open, !body.markdown.lines.isEmpty { section.bodies.append(body) }
        if let translation { section.translations.append(translation) }
        open = nil
        translation = nil
        pendingBlankLines = 0
    }

    /// `in es: Calles seguras`: a translation of the section starts, its text indented under it.
    private static func translation(in line: SourceLine, source: SourceText) -> OutlineTranslation? {
        guard let pair = line.keyValue(maximumKeyLength: 40) else { return nil }
        let key = pair.key.normalizedKey
        guard key.hasPrefix("in "), LanguageTag.isWellFormed(String(key.dropFirst(3))) else { return nil }
        let keyColumn = line.contentColumn + 3
        return OutlineTranslation(
            language: Located(
                value: String(pair.key.dropFirst(3).trimmingWhitespace),
                location: source.location(line: line.number, column: keyColumn)),
            heading: Located(
                value: String(pair.value),
                location: source.location(line: line.number, column: line.column(of: pair.valueStart))),
            markdown: MarkdownLines(lines: [], firstLine: line.number + 1, indent: Self.blockIndent), line: line.number)
    }

    private mutating func append(_ line: SourceLine, indent: Int) {
        for _ in 0..<pendingBlankLines { open?.markdown.lines.append("") }
        pendingBlankLines = 0
        open?.markdown.lines.append(line.dropping(indent: indent))
    }

    private enum Directive {
        case heading(EditionChoiceSyntax)
        case content(EditionChoiceSyntax)
    }

    /// Reads `only in: …` and its kin. A line that looks like a misspelt one is an error, since
    /// publishing it as text in every edition would be the worse surprise.
    private func directive(in line: SourceLine, source: SourceText, diagnostics: inout Diagnostics) -> Directive? {
        guard let pair = line.keyValue(maximumKeyLength: 24) else { return nil }
        let key = pair.key.normalizedKey
        let location = source.location(line: line.number, column: line.contentColumn)
        guard Self.directiveKeys.contains(key) else {
            if key.contains(" "), let match = Suggestions.closest(to: key, among: Self.directiveKeys) {
                diagnostics.error(
                    "`\(pair.key):` is not a known edition choice", at: location,
                    notes: [Diagnostic.Note("did you mean `\(match):`?")])
            }
            return nil
        }
        var names: [Located<String>] = []
        let text = line.content
        for word in Self.words(in: text, from: pair.valueStart) {
            let name = text[word].lowercased()
            if name != "and" {
                names.append(
                    Located(
                        value: name,
                        location: source.location(line: line.number, column: line.column(of: word.lowerBound))))
            }
        }
        let choice = EditionChoiceSyntax(
            kind: key.hasSuffix("only in") ? .only : .not, names: names, location: location)
        return key.hasPrefix("heading") ? .heading(choice) : .content(choice)
    }

    /// The words of `text` from `start` on, separated by spaces and commas.
    private static func words(in text: Substring, from start: Substring.Index) -> [Range<Substring.Index>] {
        // In ASCII each character is a byte: the bytes are read instead of grapheme clusters.
        text.utf8[start...].allSatisfy({ $0 < 0x80 })
            ? words(in: text.utf8, from: start) { $0 == 0x20 || $0 == 0x2C }
            : words(in: text, from: start) { $0 == " " || $0 == "," }
    }

    private static func words<Text: Collection>(
        in text: Text, from start: Text.Index, separatedBy isSeparator: (Text.Element) -> Bool
    ) -> [Range<Text.Index>] {
        var words: [Range<Text.Index>] = []
        var index = start
        while index < text.endIndex {
            if isSeparator(text[index]) {
                index = text.index(after: index)
                continue
            }
            let wordStart = index
            while index < text.endIndex, !isSeparator(text[index]) { index = text.index(after: index) }
            words.append(wordStart..<index)
        }
        return words
    }

    private mutating func place(
        _ directive: Directive, nextContentLine: SourceLine?, in section: inout OutlineSection,
        diagnostics: inout Diagnostics
    ) {
        switch directive {
        case .heading(let choice):
            if !section.bodies.isEmpty {
                diagnostics.error(
                    "`heading only in:` must come right under the `section` line", at: choice.location,
                    notes: [Diagnostic.Note("move this line up, above the section's text")])
            } else if let earlier = section.headingChoice {
                diagnostics.error(
                    "the heading's editions are already chosen", at: choice.location,
                    notes: [
                        Diagnostic.Note(
                            "see line \(earlier.location.line); keep one of the two lines", at: earlier.location)
                    ])
            } else {
                section.headingChoice = choice
            }
        case .content(let choice):
            if let next = nextContentLine, next.indent >= Self.blockIndent {
                open = OutlineBody(
                    choice: choice, markdown: MarkdownLines(lines: [], firstLine: next.number, indent: Self.blockIndent)
                )
            } else if section.bodies.isEmpty && section.sectionChoice == nil {
                section.sectionChoice = choice
            } else {
                diagnostics.error(
                    "nothing is indented under this line", at: choice.location,
                    notes: [
                        Diagnostic.Note(
                            "indent the text it applies to by 6 spaces, right below it; to choose editions for the whole section, put it right under the `section` line"
                        )
                    ])
            }
        }
    }
}
