/// An e-mail address, with the name shown beside it when one is given: `Jane Doe <jane@example.org>`.
public struct Mailbox: Hashable, Sendable {
    public var name: String?
    public var address: String

    /// Reads `jane@example.org` or `Jane Doe <jane@example.org>`. The address must have one `@`, a local
    /// part and a domain with a dot, and no spaces, angle brackets, quotes or commas.
    public init?(parsing text: String) {
        var address = text
        var name: String?
        if text.hasSuffix(">"), let open = text.lastIndex(of: "<") {
            address = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            let written = text[..<open].trimmed(of: [" ", "\""])
            name = written.isEmpty ? nil : written
        }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix("."),
            !address.contains(where: {
                $0.isWhitespace || "<>\"(),;:[]\\".contains($0) || $0.asciiValue.map { $0 < 32 } == true
            })
        else { return nil }
        if let name, name.contains(where: { "<>\"\n\r".contains($0) }) { return nil }
        self.name = name
        self.address = address
    }
}

extension StringProtocol {
    fileprivate func trimmed(of characters: Set<Character>) -> String {
        String(drop { characters.contains($0) }.reversed().drop { characters.contains($0) }.reversed())
    }
}
