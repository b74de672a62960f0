import Testing

@testable import BroadsideCore

/// `WebAddress.isAbsoluteHTTP` reads an ASCII address as bytes and any other as characters; both ways
/// must give the same answer.
@Suite("Web addresses")
struct WebAddressTests {
    @Test(
        "complete http(s) addresses, with a host and no spaces or markup characters",
        arguments: [
            ("https://example.org", true),
            ("HTTP://example.org/a?b#c", true),
            ("https://example.org/a b", false),
            ("https://exa<mple.org", false),
            ("https://", false),
            ("https:///path", false),
            ("https:/example.org", false),
            ("mailto:jane@example.org", false),
            ("https://exämple.org/ä", true),
            ("https://exämple.org/a b", false),
            // A space joined to a combining mark is one character, and not a space.
            ("https://a \u{301}b", true),
            ("https://a \u{301}b c", false),
        ])
    func absolute(address: String, expected: Bool) {
        #expect(WebAddress.isAbsoluteHTTP(address) == expected)
    }
}
