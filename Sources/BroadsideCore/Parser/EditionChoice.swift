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

    /// The comma-separated items of a setting's value, each with its own column: `Home, Get involved`.
    static func items(of value: Located<String>, separatedBy separator: Character = ",") -> [Located<String>] {
        var items: [Located<String>] = []
        var column = value.location.column
        for piece in value.value.split(separator: separator, omittingEmptySubsequences: false) {
            let leading = piece.prefix { $0 == " " }
            let item = piece.dropFirst(leading.count).trimmingTrailingSpaces
            if !item.isEmpty {
                var location = value.location
                location.column = column + leading.unicodeScalars.count
                items.append(Located(value: String(item), location: location))
            }
            column += piece.unicodeScalars.count + 1
        }
        return items
    }

    /// A page's `only in:` or `not in:` setting as the choice it makes.
    static func pageChoice(_ value: Located<String>, kind: EditionChoiceSyntax.Kind, at key: SourceLocation)
        -> EditionChoiceSyntax
    {
        let names = items(of: value).flatMap { item in
            items(of: item, separatedBy: " ").filter { $0.value.lowercased() != "and" }
        }
        return EditionChoiceSyntax(
            kind: kind, names: names.map { Located(value: $0.value.lowercased(), location: $0.location) }, location: key
        )
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
