/// The words for a language Broadside has no table for, from the source's `words LANG` block: every
/// word the editions print, each a key, with `{…}` where the campaign's facts go.
enum CustomWords {
    /// Each key, and the placeholders its value may use (and must, for those that print a fact).
    static let keys: [(name: String, placeholders: [String])] = [
        ("language name", []), ("candidate for office", ["candidate", "office"]), ("for office", ["office"]),
        ("paid for by", ["payer"]), ("skip to main content", []), ("donate", []), ("volunteer", []),
        ("vote on", ["date"]), ("date", ["year", "month", "day"]), ("pages", []), ("all pages", []),
        ("page not found", []), ("page not found before link", []), ("home page", []),
        ("page not found after link", []), ("links", []), ("subject", []), ("mime preamble", []), ("unsubscribe", []),
        ("view in browser", []), ("photo of", ["candidate"]), ("languages", []),
    ]

    /// The words for each of the campaign's languages: Broadside's own where it has them, else the
    /// source's `words` block; a language with neither is an error at its declaration, naming every
    /// word it lacks. The original language with neither keeps English words, as it always has.
    static func resolve(_ campaign: Campaign, diagnostics: inout Diagnostics) -> [String: Words] {
        var resolved: [String: Words] = [:]
        let metadata = campaign.metadata
        for (index, language) in ([metadata.language] + metadata.translations).enumerated() {
            let key = language.lowercased()
            if let block = campaign.customWords[key] {
                if let words = words(block, language: language, diagnostics: &diagnostics) { resolved[key] = words }
            } else if let words = Words.builtIn(language) {
                resolved[key] = words
            } else if index == 0 {
                resolved[key] = Words.english
            } else {
                diagnostics.error(
                    "Broadside has no words for `\(language)`, and the source gives none",
                    at: metadata.translationsLocation ?? metadata.location,
                    notes: [
                        Diagnostic.Note(
                            "add a block `words \(language)` at the left edge, with a line for each of: \(keys.map(\.name).joined(separator: ", ")) (docs/FORMAT.md shows one)"
                        )
                    ])
            }
        }
        return resolved
    }

    /// The words of `block` for `language`; nil, after errors, when a word is missing or unknown.
    static func words(_ block: SettingsBlock, language: String, diagnostics: inout Diagnostics) -> Words? {
        var values: [String: String] = [:]
        var complete = true
        for setting in block.settings {
            let key = setting.key.value
            guard let spec = keys.first(where: { $0.name == key }) else {
                diagnostics.error(
                    "unknown word `\(key)` in the `words` block", at: setting.key.location,
                    notes: [Suggestions.note(for: key, among: keys.map(\.name), noun: "words")])
                complete = false
                continue
            }
            let missing = spec.placeholders.filter { !setting.value.value.contains("{\($0)}") }
            if !missing.isEmpty {
                diagnostics.error(
                    "`\(key)` must say where \(missing.map { "{\($0)}" }.joined(separator: ", ")) goes",
                    at: setting.value.location,
                    notes: [Diagnostic.Note("Broadside puts the campaign's fact in its place: write it in the words")])
                complete = false
            }
            values[key] = setting.value.value
        }
        let absent = keys.map(\.name).filter { values[$0] == nil }
        if !absent.isEmpty {
            diagnostics.error(
                "the words for `\(language)` lack \(absent.map { "`\($0):`" }.joined(separator: ", "))",
                at: block.argument?.location ?? block.keyword.location,
                notes: [
                    Diagnostic.Note("every word the editions print is needed in each language: add a line for each")
                ])
            return nil
        }
        guard complete else { return nil }
        let finished = values
        func word(_ key: String) -> String { finished[key]! }
        @Sendable func fill(_ key: String, _ facts: [String: String]) -> String {
            var text = finished[key]!
            // One pass over the template, so that a fact holding `{office}` is printed as it is.
            for name in facts.keys { text = text.replacing("{\(name)}", with: "\u{0}\(name)\u{0}") }
            for (name, fact) in facts { text = text.replacing("\u{0}\(name)\u{0}", with: fact) }
            return text
        }
        return Words(
            language: language.lowercased(),
            candidateForOffice: { candidate, office in
                fill("candidate for office", ["candidate": candidate, "office": office])
            },
            forOffice: { office in fill("for office", ["office": office]) },
            paidForBy: { payer in fill("paid for by", ["payer": payer]) },
            skipToMainContent: word("skip to main content"), donate: word("donate"), volunteer: word("volunteer"),
            voteOn: { date in
                fill(
                    "vote on",
                    ["date": fill("date", ["year": "\(date.year)", "month": "\(date.month)", "day": "\(date.day)"])])
            },
            pagesNavigation: word("pages"), allPages: word("all pages"), pageNotFound: word("page not found"),
            pageNotFoundBeforeLink: word("page not found before link"), homePage: word("home page"),
            pageNotFoundAfterLink: word("page not found after link"), links: word("links"), subject: word("subject"),
            mimePreamble: word("mime preamble"), unsubscribe: word("unsubscribe"),
            viewInBrowser: word("view in browser"),
            photoOf: { candidate in fill("photo of", ["candidate": candidate]) },
            languageName: word("language name"), languagesNavigation: word("languages"))
    }
}
