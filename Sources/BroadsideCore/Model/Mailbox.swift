/// An e-mail address, with the name shown beside it when one is given: `Jane Doe <jane@example.org>`.
public struct Mailbox: Hashable, Sendable {
    public var name: String?
    public var address: String

    /// Why a text is not a mailbox Broadside can send from or to.
    public enum Problem: Error, Equatable {
        /// Not `address` or `Name <address>` with one `@`, a local part and a domain with a dot.
        case shape
        /// Letters outside ASCII before the `@`, which most mail servers cannot deliver to.
        case nonASCIILocalPart
        /// A domain that is not a domain name, even written in IDNA.
        case domain
        /// Longer than mail allows: 64 bytes before the `@`, 254 in all.
        case length
    }

    /// Reads `jane@example.org` or `Jane Doe <jane@example.org>`. The address must have one `@`, a local
    /// part and a domain with a dot, and no spaces, angle brackets, quotes or commas. A domain in
    /// another script is kept in its ASCII (IDNA) form, as headers must carry it.
    public init?(parsing text: String) {
        guard case .success(let mailbox) = Self.parse(text) else { return nil }
        self = mailbox
    }

    public static func parse(_ text: String) -> Result<Mailbox, Problem> {
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
                    || $0.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) }
            })
        else { return .failure(.shape) }
        if let name, name.contains(where: { "<>\"\n\r".contains($0) }) { return .failure(.shape) }
        guard parts[0].unicodeScalars.allSatisfy(\.isASCII) else { return .failure(.nonASCIILocalPart) }
        guard let domain = DomainName.ascii(String(parts[1])) else { return .failure(.domain) }
        guard parts[0].utf8.count <= 64, parts[0].utf8.count + 1 + domain.utf8.count <= 254 else {
            return .failure(.length)
        }
        return .success(Mailbox(name: name, address: "\(parts[0])@\(domain)"))
    }

    private init(name: String?, address: String) {
        self.name = name
        self.address = address
    }
}

extension StringProtocol {
    fileprivate func trimmed(of characters: Set<Character>) -> String {
        String(drop { characters.contains($0) }.reversed().drop { characters.contains($0) }.reversed())
    }
}
