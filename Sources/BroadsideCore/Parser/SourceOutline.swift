/// A value together with where it was written.
struct Located<Value> {
    var value: Value
    var location: SourceLocation
}

extension Located: Sendable where Value: Sendable {}

/// A `key: value` line.
struct SettingLine: Sendable {
    var key: Located<String>
    var value: Located<String>
}

/// A top-level block of settings, such as `campaign`.
struct SettingsBlock: Sendable {
    var keyword: Located<String>
    /// What follows the keyword on its line: the language of a `words` block.
    var argument: Located<String>? = nil
    var settings: [SettingLine]
}

/// `only in: web, email` or `not in: flyer`, as written.
struct EditionChoiceSyntax: Sendable {
    enum Kind: Sendable { case only, not }
    var kind: Kind
    var names: [Located<String>]
    var location: SourceLocation
}

/// Consecutive Markdown lines of one section that the same editions carry.
struct OutlineBody: Sendable {
    /// The `only in:` or `not in:` line the lines are indented under, if any.
    var choice: EditionChoiceSyntax?
    /// The lines with the section's indentation removed.
    var markdown: MarkdownLines
}

/// `in es: Calles seguras` under a section, with the translation's text indented under it.
struct OutlineTranslation: Sendable {
    var language: Located<String>
    var heading: Located<String>
    /// The lines with the translation's indentation (6 spaces) removed.
    var markdown: MarkdownLines
    /// `translated from: 5d41402a`, the first line under `in es:`: the original it was made from.
    var recorded: Located<String>? = nil
    /// The line of `in es:`.
    var line: Int
}

struct OutlineSection: Sendable {
    var name: Located<String>
    /// The section in other languages.
    var translations: [OutlineTranslation] = []
    /// An `only in:`/`not in:` line right under `section`, with nothing indented under it: the whole section.
    var sectionChoice: EditionChoiceSyntax?
    /// A `heading only in:`/`heading not in:` line.
    var headingChoice: EditionChoiceSyntax?
    var bodies: [OutlineBody]
}

struct OutlinePage: Sendable {
    var name: Located<String>
    var settings: [SettingLine]
    var sections: [OutlineSection]
}

/// The structure of a source before any value is checked: what the indentation says, nothing more.
struct SourceOutline: Sendable {
    var settingsBlocks: [SettingsBlock] = []
    var pages: [OutlinePage] = []
}
