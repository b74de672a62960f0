import Testing

@testable import BroadsideCore

@Suite("Link kinds")
struct LinkKindTests {
    static let addresses = [
        "pending", "PENDING", "Pending:Later", "pending:", "pending:x", "pendingx", "pending\u{1A}x",
        "pending:\u{301}x",
        "pendİng:x", "page:plans", "PAGE:Plans#Schools", "page:", "page", "page\u{1A}x", "pagé:x", "page:\u{301}x",
        "#top", "#", "#\u{20E3}x", "#\u{301}", "https://example.org", "mailto:a@b.org", "\u{212A}ey", "pag\u{0}e:x",
        "", "p", "pending:Café", "page:Café#Más", "PaGe:x", "pEnDiNg", "x:page:", "#page:x",
    ]

    @Test("reading an address on its bytes gives what reading its characters gives")
    func bytesAgreeWithCharacters() {
        for address in Self.addresses {
            #expect(LinkKind(address) == LinkKind.byCharacters(address), "\(address.debugDescription)")
        }
    }

    @Test("random addresses from the prefixes' letters, cases and marks")
    func randomAddresses() {
        let pieces = [
            "p", "P", "a", "g", "e", "E", "n", "d", "i", "I", "N", "G", ":", "#", "\u{301}", "\u{1A}", "İ", "x",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let address = (0..<Int.random(in: 0...11, using: &generator)).map { _ in pieces.randomElement()! }.joined()
            #expect(LinkKind(address) == LinkKind.byCharacters(address), "\(address.debugDescription)")
        }
    }

    @Test("each kind, with what follows its prefix")
    func kinds() {
        #expect(LinkKind("Pending:Later") == .pending(note: "Later"))
        #expect(LinkKind("pending") == .pending(note: ""))
        #expect(LinkKind("PAGE:Plans#Schools") == .page("Plans#Schools"))
        #expect(LinkKind("#top") == .section("top"))
        #expect(LinkKind("https://example.org") == .address)
        #expect(LinkKind("page\u{1A}x") == .address)
    }
}
