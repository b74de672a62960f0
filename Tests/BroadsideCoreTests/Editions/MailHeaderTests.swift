import BroadsideCore
import Foundation
import Testing

@testable import BroadsideCore

/// Header fields any mail program reads: lines within 78 octets where they can be folded and never
/// over 998, nothing but ASCII, and what they say decoded back exactly.
@Suite("Mail headers")
struct MailHeaderTests {
    static func message(subject: String, from: String) throws -> String {
        let source = Support.source(
            pages: "page Home\n  section S\n    Text.",
            metadata: "  paid for by: Test\n  address: 1 Main St\nemail\n  subject: \(subject)\n  from: \(from)\n")
        let compilation = Support.compile(source)
        let files = try #require(compilation.files, "\(Support.describe(compilation.diagnostics.errors))")
        return try #require(files.first { $0.path == "email.eml" }).text
    }

    static func header(_ message: String) -> String {
        String(message[..<message.range(of: "\r\n\r\n")!.lowerBound])
    }

    /// The Subject and From as RFC 2047 decodes them (Python's `decode_header`, which drops the white
    /// space between adjacent encoded-words as §6.2 says; its address parser keeps it).
    static func decoded(_ message: String) throws -> [String] {
        let folder = try ExternalTool.folder(with: [("m.eml", Array(message.utf8))])
        let script = """
            import email, email.header, email.utils, re, sys
            m = email.message_from_binary_file(open(sys.argv[1], 'rb'))
            unfold = lambda raw: re.sub(r'\\r?\\n(?=[ \\t])', '', raw)
            text = lambda raw: str(email.header.make_header(email.header.decode_header(unfold(raw))))
            print(text(m['subject']))
            name, address = email.utils.parseaddr(unfold(m['from']))
            print(text(name) + ' <' + address + '>')
            """
        let run = try ExternalTool.run(["python3", "-c", script, folder.appendingPathComponent("m.eml").path])
        return run.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    static let longCases = [
        (String(repeating: "Vote ", count: 1000).trimmingCharacters(in: .whitespaces), "Jane Doe"),
        (String(repeating: "x", count: 5000), String(repeating: "N", count: 2000)),
        (
            String(repeating: "é", count: 3000),
            String(repeating: "Doe, Jane ", count: 200).trimmingCharacters(in: .whitespaces)
        ),
    ]

    @Test(
        "long subjects and names, with and without spaces, fold within 78 octets and decode to what was written",
        arguments: longCases.indices)
    func longFields(_ index: Int) throws {
        let (subject, name) = Self.longCases[index]
        let message = try Self.message(subject: subject, from: "\(name) <jane@example.org>")
        let lines = Self.header(message).components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 78 }, "\(lines.map(\.utf8.count).max() ?? 0) octets")
        #expect(try Self.decoded(message) == [subject, "\(name) <jane@example.org>"])
    }

    @Test("a domain in another script goes out in IDNA, in From and in the Message-ID; the header is ASCII")
    func internationalDomain() throws {
        let message = try Self.message(subject: "Hello", from: "Jane <jane@exämple.org>")
        let header = Self.header(message)
        #expect(header.contains("From: Jane <jane@xn--exmple-cua.org>\r\n"))
        #expect(header.contains("@xn--exmple-cua.org>\r\n"))
        #expect(header.utf8.allSatisfy { $0 < 0x80 })
    }

    @Test("letters outside ASCII before the @ are an error that says so")
    func internationalLocalPart() {
        let source = Support.source(
            pages: "page Home\n  section S\n    Text.", metadata: "email\n  subject: Hi\n  from: jäne@example.org\n")
        #expect(
            Support.compile(source).diagnostics.errors.map(\.message) == [
                "`jäne@example.org` has letters outside ASCII before the @, which most mail servers cannot deliver"
            ])
    }

    @Test("Punycode as RFC 3492 and Python give it")
    func punycode() {
        for (label, encoded) in [
            ("exämple", "exmple-cua"), ("bücher", "bcher-kva"), ("münchen", "mnchen-3ya"),
            ("ドメイン名例", "eckwd4c7cu47r2wf"), ("пример", "e1afmkfd"), ("例え", "r8jz45g"),
        ] {
            #expect(DomainName.punycode(Substring(label)) == encoded)
        }
        #expect(DomainName.ascii("Exämple.ORG") == "xn--exmple-cua.org")
        #expect(DomainName.ascii("a..b") == nil)
        #expect(DomainName.ascii(String(repeating: "a", count: 64) + ".org") == nil)
    }

    @Test("an unsubscribe address in another script goes out in ASCII; a too long one is an error")
    func unsubscribe() throws {
        #expect(
            Unsubscribe(parsing: "https://exämple.org/désabonner?id=1")?.headerAddress
                == "https://xn--exmple-cua.org/d%C3%A9sabonner?id=1")
        #expect(Unsubscribe(parsing: "mailto:stop@exämple.org")?.headerAddress == "mailto:stop@xn--exmple-cua.org")
        let long = "https://example.org/" + String(repeating: "a", count: 900)
        let source = Support.source(
            pages: "page Home\n  section S\n    Text.",
            metadata: "email\n  subject: Hi\n  unsubscribe: \(long)\n")
        #expect(
            Support.compile(source).diagnostics.errors.map(\.message) == [
                "this unsubscribe address is 920 bytes long; a mail header holds at most 900"
            ])
    }
}
