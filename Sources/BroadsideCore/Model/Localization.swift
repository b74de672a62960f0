/// The campaign as one of its languages publishes it: the facts, page names, descriptions, email
/// subject and sections given in that language where the source gives them, the original elsewhere.
extension Campaign {
    /// What a language lacks: each item the original has and the language does not, where it is
    /// written (one entry per item, so that a section missing three languages is one warning).
    struct Untranslated {
        var what: String
        var location: SourceLocation
        var languages: [String]
    }

    /// The campaign in `language` (one of `languages`); the campaign itself for the original.
    func localized(to language: String) -> Campaign {
        let key = language.lowercased()
        guard key != metadata.originalLanguage.lowercased() else { return self }
        var copy = self
        copy.metadata.originalLanguage = metadata.originalLanguage
        copy.metadata.language = language
        let values = metadata.translatedValues[key] ?? [:]
        copy.metadata.candidate = values["candidate"] ?? metadata.candidate
        copy.metadata.office = values["office"] ?? metadata.office
        copy.metadata.tagline = values["tagline"] ?? metadata.tagline
        copy.metadata.contact = values["contact"] ?? metadata.contact
        copy.metadata.paidForBy = values["paid for by"] ?? metadata.paidForBy
        let emailValues = email.translatedValues[key] ?? [:]
        copy.email.subject = emailValues["subject"] ?? email.subject
        copy.email.preheader = emailValues["preheader"] ?? email.preheader
        for page in copy.pages.indices {
            let original = pages[page]
            copy.pages[page].name = original.translatedNames[key]?.value ?? original.name
            copy.pages[page].description = original.translatedDescriptions[key] ?? original.description
            for section in original.sections.indices {
                if let translation = original.sections[section].translations[key] {
                    copy.pages[page].sections[section].name = translation.name
                    copy.pages[page].sections[section].blocks = translation.blocks
                } else if metadata.untranslated == .leaveOut {
                    copy.pages[page].sections[section].editions = .none
                    copy.pages[page].sections[section].headingEditions = .none
                } else {
                    copy.pages[page].sections[section].language = metadata.originalLanguage
                }
            }
        }
        return copy
    }

    /// What each language lacks, in source order: the office, the tagline, the email's subject (and its
    /// preheader when the original has one), page names, and sections.
    func untranslated() -> [Untranslated] {
        let others = metadata.translations
        guard !others.isEmpty else { return [] }
        func missing(_ has: (String) -> Bool) -> [String] { others.filter { !has($0.lowercased()) } }
        var items: [Untranslated] = []
        for key in ["office", "tagline"] {
            items.append(
                Untranslated(
                    what: "`\(key):`", location: metadata.location,
                    languages: missing { metadata.translatedValues[$0]?[key] != nil }))
        }
        if !email.subjectIsDefault {
            items.append(
                Untranslated(
                    what: "the email's subject", location: email.location,
                    languages: missing { email.translatedValues[$0]?["subject"] != nil }))
        }
        for page in pages {
            items.append(
                Untranslated(
                    what: "the page name `\(page.name)`", location: page.location,
                    languages: missing { page.translatedNames[$0] != nil }))
            for section in page.sections where section.editions != .none {
                items.append(
                    Untranslated(
                        what: "the section `\(section.name)`", location: section.location,
                        languages: missing { section.translations[$0] != nil }))
            }
        }
        return items.filter { !$0.languages.isEmpty }
    }
}

/// What an edition set does with a section (or a fact) that has no translation into its language.
public enum UntranslatedChoice: String, Sendable, CaseIterable {
    /// Shown in the original language, marked with its `lang` (the default), with a warning.
    case original
    /// Left out of that language's editions, with a warning.
    case leaveOut = "leave out"
    /// An error.
    case error
}
