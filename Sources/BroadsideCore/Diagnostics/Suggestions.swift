/// "Did you mean" help: the known word closest to what was typed, when it is close enough to be a typo.
enum Suggestions {
    /// The candidate nearest to `typed` by edit distance (ignoring case), if it is within a third of its length.
    static func closest(to typed: String, among candidates: [String]) -> String? {
        let typedLower = Array(typed.lowercased())
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(typedLower, Array(candidate.lowercased()))
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let allowed = max(1, min(3, best.candidate.count / 3))
        return best.distance <= allowed ? best.candidate : nil
    }

    /// A note for a diagnostic: "did you mean `x`?", or the list of what is allowed.
    static func note(for typed: String, among candidates: [String], noun: String) -> Diagnostic.Note {
        if let match = closest(to: typed, among: candidates) {
            return Diagnostic.Note("did you mean `\(match)`?")
        }
        let list = candidates.map { "`\($0)`" }.joined(separator: ", ")
        return Diagnostic.Note("the \(noun) are: \(list)")
    }

    /// Levenshtein distance, in O(n·m) time and O(m) memory; inputs here are short words.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
