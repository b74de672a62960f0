import Testing

@testable import BroadsideCore

@Suite("Link kinds")
struct LinkKindTests {
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
