/// What a campaign's translations lack or have fallen behind on: warnings (or, with
/// `untranslated: error`, errors) for what is not translated, and a warning for each translation whose
/// original has changed since it was made.
enum Untranslated {
    static func report(_ campaign: Campaign, diagnostics: inout Diagnostics) {
        let choice = campaign.metadata.untranslated
        let original = campaign.metadata.language
        for item in campaign.untranslated() {
            let languages = item.languages.map { "`\($0)`" }.joined(separator: ", ")
            let note = Diagnostic.Note(
                "write `in LANGUAGE: …` under a section (its text 6 spaces in), `KEY in LANGUAGE: …` for a key, `name in LANGUAGE: …` under a page"
            )
            switch choice {
            case .original:
                diagnostics.warning(
                    "\(item.what) is not translated into \(languages); it appears in `\(original)` there",
                    at: item.location, notes: [note])
            case .leaveOut:
                diagnostics.warning(
                    "\(item.what) is not translated into \(languages); it is left out there", at: item.location,
                    notes: [note])
            case .error:
                diagnostics.error("\(item.what) is not translated into \(languages)", at: item.location, notes: [note])
            }
        }
        var unrecorded: [SectionTranslation] = []
        for translation in TranslationStatus.all(campaign) {
            switch translation.state {
            case .unrecorded:
                unrecorded.append(translation.translation)
            case .stale(let recorded, let location):
                diagnostics.warning(
                    "this translation into `\(translation.translation.language)` is out of date: the section `\(translation.section.name)` has changed since it was translated",
                    at: location,
                    notes: [
                        Diagnostic.Note(
                            "bring it up to date, then run `broadside translations --mark-current` (it changes `translated from: \(recorded)` to `\(translation.section.fingerprint)`)",
                            at: translation.section.location)
                    ])
            case .current:
                break
            }
        }
        if let first = unrecorded.first {
            let count = unrecorded.count
            diagnostics.warning(
                "\(count == 1 ? "this translation does" : "\(count) translations do") not record what \(count == 1 ? "it was" : "they were") translated from, so the build cannot tell when \(count == 1 ? "it falls" : "they fall") behind",
                at: first.location,
                notes: [
                    Diagnostic.Note(
                        "once the translations are up to date, run `broadside translations --mark-current`: it writes `translated from: …` under each"
                    )
                ])
        }
    }
}

/// Each translation of each section, and whether it is up to date with its original.
public struct TranslationStatus: Sendable {
    public enum State: Sendable, Equatable {
        /// `translated from:` names the original as it is.
        case current
        /// `translated from:` names an earlier original.
        case stale(recorded: String, location: SourceLocation)
        /// No `translated from:` line.
        case unrecorded
    }

    public var section: Section
    public var translation: SectionTranslation
    public var state: State

    /// In source order.
    public static func all(_ campaign: Campaign) -> [TranslationStatus] {
        var found: [TranslationStatus] = []
        for page in campaign.pages {
            for section in page.sections {
                for language in campaign.metadata.translations {
                    guard let translation = section.translations[language.lowercased()] else { continue }
                    let state: State
                    if let recorded = translation.recordedFrom {
                        state =
                            recorded.lowercased() == section.fingerprint
                            ? .current
                            : .stale(recorded: recorded, location: translation.recordedLocation ?? translation.location)
                    } else {
                        state = .unrecorded
                    }
                    found.append(TranslationStatus(section: section, translation: translation, state: state))
                }
            }
        }
        return found
    }
}
