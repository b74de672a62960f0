/// "Did you mean" help: the known word closest to what was typed, when it is close enough to be a typo.
enum Suggestions {
    /// The candidate nearest to `typed` by edit distance (ignoring case), if it is close enough to be a typo:
    /// one edit for words of up to 3 letters, two up to 6, three beyond.
    static func closest(to typed: String, among candidates: [String]) -> String? {
        let typedLower = Array(typed.lowercased())
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(typedLower, Array(candidate.lowercased()))
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let allowed = best.candidate.count <= 3 ? 1 : best.candidate.count <= 6 ? 2 : 3
        // A word that would have to be replaced whole is no typo of the candidate.
        let wholeReplacement = best.distance >= min(typedLower.count, best.candidate.count)
        return best.distance <= allowed && !wholeReplacement ? best.candidate : nil
    }

    /// A note for a diagnostic: "did you mean `x`?", or the list of what is allowed.
    static func note(for typed: String, among candidates: [String], noun: String) -> Diagnostic.Note {
        if let match = closest(to: typed, among: candidates) {
            return Diagnostic.Note("did you mean `\(match)`?")
        }
        let list = candidates.map { "`\($0)`" }.joined(separator: ", ")
        return Diagnostic.Note("the \(noun) are: \(list)")
    }

    /// Edit distance counting an insertion, a deletion, a substitution or a swap of two neighbours as one
    /// edit (optimal string alignment), since swapped letters are the commonest typo.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
