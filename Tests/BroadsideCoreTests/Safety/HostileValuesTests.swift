import BroadsideCore
import Testing

/// Values from the environment and the source that once crashed a build or slipped through unencoded.
@Suite("Hostile values")
struct HostileValuesTests {
    @Test("SOURCE_DATE_EPOCH is whole seconds from 1970 to the end of 9999, or an error; never a crash")
    func sourceDateEpoch() throws {
        #expect(try RenderOptions.sourceDateEpoch(nil).get() == nil)
        #expect(try RenderOptions.sourceDateEpoch("0").get() == 0)
        #expect(try RenderOptions.sourceDateEpoch("1700000000").get() == 1_700_000_000)
        #expect(try RenderOptions.sourceDateEpoch("253402300799").get() == 253_402_300_799)
        for bad in ["-9223372036854775808", "-1", "abc", "", " 5", "1e9", "253402300800", "9223372036854775807", "٣"] {
            guard case .failure(let diagnostic) = RenderOptions.sourceDateEpoch(bad) else {
                Issue.record("\(bad.debugDescription) was accepted")
                continue
            }
            #expect(diagnostic.location.file == "SOURCE_DATE_EPOCH")
            #expect(diagnostic.message.hasPrefix("SOURCE_DATE_EPOCH is `"))
        }
    }

    @Test("the last second of 9999 is written as such in the message and the PDF")
    func latestDate() throws {
        let compilation = Broadside.compile(
            Array(Support.source(pages: "page Home\n  section S\n    x").utf8), path: "d.broadside",
            options: RenderOptions(sourceDateEpoch: RenderOptions.latestSourceDate))
        let files = try #require(compilation.files)
        let message = try #require(files.first { $0.path == "email.eml" }).text
        #expect(message.contains("Date: Fri, 31 Dec 9999 23:59:59 +0000\r\n"))
        let pdf = try #require(files.first { $0.path == "flyer.pdf" }).contents
        #expect(String(decoding: pdf, as: UTF8.self).contains("/CreationDate (99991231235959Z)"))
    }

    @Test("the site's address is its root: a path, query, fragment or user name is an error at the value")
    func siteAddress() {
        for bad in [
            "https://x.example/index.html", "https://x.example/campaign/", "https://x.example?q=1",
            "https://x.example#top",
            "https://user:pass@x.example",
        ] {
            let diagnostics = Support.diagnostics(
                Support.source(pages: "page Home\n  section S\n    x", metadata: "  site: \(bad)"))
            #expect(
                diagnostics.contains {
                    $0.hasPrefix(
                        "6:9: error: the site's address must be its root, with no path, query, fragment or user name")
                }, "\(bad): \(diagnostics)")
        }
        for good in ["https://x.example", "https://x.example/", "http://x.example:8080/"] {
            #expect(
                Support.compile(Support.source(pages: "page Home\n  section S\n    x", metadata: "  site: \(good)"))
                    .diagnostics.errors.isEmpty, "\(good)")
        }
    }

    @Test("a subject or name written like an encoded-word is encoded, so no mail program decodes it")
    func encodedWordLookAlikes() throws {
        let source = Support.source(
            pages: "page Home\n  section S\n    x",
            metadata: "email\n  subject: =?utf-8?Q?Your_bank?=\n  from: =?utf-8?Q?Bank?= <jane@example.org>")
        let message = try #require(Support.compile(source).files?.first { $0.path == "email.eml" }).text
        #expect(!message.contains("Subject: =?utf-8?Q?Your_bank?="))
        #expect(message.contains("Subject: =?utf-8?B?"))
        #expect(!message.contains("From: =?utf-8?Q?Bank?="))
    }
}
