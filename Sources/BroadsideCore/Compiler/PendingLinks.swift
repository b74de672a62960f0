/// The one warning about links whose page is not written yet: staff who use `pending:` know there are
/// some, so they are listed together, each at its place, rather than one warning each on every build
/// (and `pending links: quiet` under `campaign` silences even that one).
enum PendingLinks {
    static func warning(_ links: [PendingLink]) -> Diagnostic? {
        guard let first = links.first else { return nil }
        let fix = Diagnostic.Note(
            "when a page is written, change `pending:` to `page:`; to build without this warning, add `  pending links: quiet` under `campaign`"
        )
        if links.count == 1 {
            return .warning(
                "the link “\(first.text)” has no target yet (pending:\(first.note)); its words are published without a link",
                at: first.location, notes: [fix])
        }
        return .warning(
            "\(links.count) links have no target yet; their words are published without a link",
            at: first.location,
            notes: links.map { Diagnostic.Note("“\($0.text)” (pending:\($0.note))", at: $0.location) } + [fix])
    }
}
