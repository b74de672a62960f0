/// What a link's address asks for, by its prefix: `pending:NOTE` (or `pending`), `page:NAME`,
/// `#SECTION`, or an address to publish as it is (checked by its scheme).
enum LinkKind: Equatable {
    case pending(note: String)
    case page(String)
    case section(String)
    case address

    /// Prefixes are compared without regard to case, as characters.
    init(_ url: String) {
        let lowered = url.lowercased()
        if lowered == "pending" || lowered.hasPrefix("pending:") {
            self = .pending(note: lowered == "pending" ? "" : String(url.dropFirst("pending:".count)))
        } else if lowered.hasPrefix("page:") {
            self = .page(String(url.dropFirst("page:".count)))
        } else if url.hasPrefix("#") {
            self = .section(String(url.dropFirst()))
        } else {
            self = .address
        }
    }
}
