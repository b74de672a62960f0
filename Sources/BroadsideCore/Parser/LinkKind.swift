/// What a link's address asks for, by its prefix: `pending:NOTE` (or `pending`), `page:NAME`,
/// `#SECTION`, or an address to publish as it is (checked by its scheme).
enum LinkKind: Equatable {
    case pending(note: String)
    case page(String)
    case section(String)
    case address

    /// Prefixes are compared without regard to case, as characters. Most addresses start with nine
    /// ASCII bytes, each a character of its own (no combining mark can follow an ASCII one), so they are
    /// read on bytes; others by the standard library, which looks at whole characters.
    init(_ url: String) {
        var url = url
        let kind = url.withUTF8 { bytes -> LinkKind? in
            guard bytes.prefix(9).allSatisfy({ $0 < 0x80 }) else { return nil }
            func after(_ count: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[count...]), as: UTF8.self)
            }
            if Self.startsWith(bytes, Self.pending) {
                if bytes.count == Self.pending.count { return .pending(note: "") }
                if bytes[Self.pending.count] == 0x3A { return .pending(note: after(Self.pending.count + 1)) }
            }
            if Self.startsWith(bytes, Self.page) { return .page(after(Self.page.count)) }
            if bytes.first == 0x23 { return .section(after(1)) }
            return .address
        }
        self = kind ?? Self.byCharacters(url)
    }

    private static let pending = Array("pending".utf8)
    private static let page = Array("page:".utf8)

    /// Whether `bytes` start with `prefix` (lowercase ASCII), its letters in either case.
    private static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard bytes.count >= prefix.count else { return false }
        for (offset, byte) in prefix.enumerated() {
            let isLetter = (0x61...0x7A).contains(byte)
            guard bytes[offset] == byte || (isLetter && bytes[offset] == byte - 0x20) else { return false }
        }
        return true
    }

    /// The same, read on whole characters: what the bytes must agree with.
    static func byCharacters(_ url: String) -> LinkKind {
        let lowered = url.lowercased()
        if lowered == "pending" || lowered.hasPrefix("pending:") {
            return .pending(note: lowered == "pending" ? "" : String(url.dropFirst("pending:".count)))
        }
        if lowered.hasPrefix("page:") { return .page(String(url.dropFirst("page:".count))) }
        if url.hasPrefix("#") { return .section(String(url.dropFirst())) }
        return .address
    }
}
