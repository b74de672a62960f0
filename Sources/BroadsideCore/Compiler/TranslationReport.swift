/// `broadside translations`: for each language, what is translated, missing and out of date; and the
/// source rewritten with every translation marked as made from its original as it now is.
public enum TranslationReport {
    /// One language's state, as lines for the terminal.
    public static func lines(_ campaign: Campaign) -> [String] {
        let statuses = TranslationStatus.all(campaign)
        let missing = campaign.untranslated()
        let sections = campaign.pages.flatMap(\.sections).filter { $0.editions != .none }.count
        var lines: [String] = []
        for language in campaign.metadata.translations {
            let key = language.lowercased()
            let mine = statuses.filter { $0.translation.language.lowercased() == key }
            let stale = mine.filter { if case .stale = $0.state { true } else { false } }
            let unrecorded = mine.filter { $0.state == .unrecorded }
            let lacking = missing.filter { $0.languages.contains { $0.lowercased() == key } }
            let name = campaign.words[key]?.languageName ?? language
            lines.append(
                "\(language) (\(name)): \(mine.count) of \(sections) section\(sections == 1 ? "" : "s") translated, \(lacking.count) missing, \(stale.count) out of date, \(unrecorded.count) unmarked"
            )
            for item in lacking {
                lines.append("  missing      \(item.location.file):\(item.location.line): \(item.what)")
            }
            for item in stale {
                lines.append(
                    "  out of date  \(item.translation.location.file):\(item.translation.location.line): \(item.section.name)"
                )
            }
            for item in unrecorded {
                lines.append(
                    "  unmarked     \(item.translation.location.file):\(item.translation.location.line): \(item.section.name)"
                )
            }
        }
        return lines
    }

    /// `text` (the source as it is on disk) with `translated from: FINGERPRINT` under every translation's
    /// `in LANG:` line, replacing the one there: each translation marked as made from its original as it
    /// now is. Every other byte stays as it was, line ends included. Also how many lines changed.
    public static func markCurrent(_ text: String, campaign: Campaign) -> (text: String, changed: Int) {
        // Split at each line feed as a character of its own: "\r\n" is one Character in Swift.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
            String(String.UnicodeScalarView($0))
        }
        let lineEnd = lines.first?.hasSuffix("\r") == true ? "\r" : ""
        var changed = 0
        // From the end, so that a line put in does not move the lines still to be changed.
        for status in TranslationStatus.all(campaign).sorted(by: { $0.translation.line > $1.translation.line }) {
            let record = "      translated from: \(status.section.fingerprint)\(lineEnd)"
            if let location = status.translation.recordedLocation {
                let index = location.line - 1
                guard lines.indices.contains(index), lines[index] != record else { continue }
                lines[index] = record
            } else {
                guard lines.indices.contains(status.translation.line - 1) else { continue }
                lines.insert(record, at: status.translation.line)
            }
            changed += 1
        }
        return (lines.joined(separator: "\n"), changed)
    }
}
