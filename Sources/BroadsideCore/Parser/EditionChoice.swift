/// Turns `only in: web, email` or `not in: flyer` into the set of editions it means.
enum EditionChoice {
    static func resolve(_ choice: EditionChoiceSyntax, diagnostics: inout Diagnostics) -> EditionSet {
        let names = EditionRegistry.names
        if choice.names.isEmpty {
            diagnostics.error(
                "no edition is named after the colon", at: choice.location,
                notes: [
                    Diagnostic.Note(
                        "name one or more of \(names.map { "`\($0)`" }.joined(separator: ", ")), separated by commas")
                ])
            return .all
        }
        var named = EditionSet.none
        for name in choice.names {
            guard let edition = Edition.named(name.value) else {
                diagnostics.error(
                    "`\(name.value)` is not an edition", at: name.location,
                    notes: [Suggestions.note(for: name.value, among: names, noun: "editions")])
                continue
            }
            named.insert(edition)
        }
        switch choice.kind {
        case .only: return named
        case .not: return EditionSet.all.subtracting(named)
        }
    }
}
