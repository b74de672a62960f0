import BroadsideCore
import Foundation
import Testing

/// As cmark's fuzz target does, every fixture goes through the parser and every renderer, also as the
/// Markdown body of a valid campaign, which is what the fuzz target (scripts/fuzz) does with each input.
@Suite("Every edition accepts every fixture")
struct EveryEditionAcceptsEveryFixtureTests {
    static func fixtures() throws -> [String] {
        let folder = Support.fixtures.appendingPathComponent("malformed")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".broadside") }
            .sorted()
    }

    /// What every edition of the wrapper campaign (`FuzzInput.asSectionBody`) must have made: each file
    /// the registry declares, with the campaign's own words where the edition prints them.
    static func expectEveryEdition(
        in compilation: Compilation, sourceLocation: Testing.SourceLocation = #_sourceLocation
    )
        throws
    {
        let files = try #require(compilation.files, sourceLocation: sourceLocation)
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) })
        for edition in Edition.all {
            for output in edition.outputs {
                #expect(
                    files.contains { $0.path == output || $0.path.hasPrefix(output + "/") },
                    "\(edition.name) wrote no \(output)", sourceLocation: sourceLocation)
            }
        }
        let home = try #require(byPath["site/index.html"], sourceLocation: sourceLocation).text
        #expect(home.contains("<section id=\"fuzz\">"), sourceLocation: sourceLocation)
        #expect(byPath["site/other.html"]?.text.contains("<h2>Target</h2>") == true, sourceLocation: sourceLocation)
        let flyer = try #require(byPath["flyer.txt"], sourceLocation: sourceLocation).text
        #expect(flyer.hasPrefix("Random input\n============\n"), sourceLocation: sourceLocation)
        #expect(flyer.hasSuffix("Paid for by Fuzzers United\n"), sourceLocation: sourceLocation)
        #expect(byPath["flyer.pdf"]?.contents.starts(with: Array("%PDF-".utf8)) == true, sourceLocation: sourceLocation)
        let email = try #require(byPath["email.txt"], sourceLocation: sourceLocation).text
        #expect(
            email.hasPrefix(
                "Subject: Fuzz ✓\n\nView this email in your browser: https://example.org/email/\n\nFuzz for Tester\nRandom input\n"
            ),
            sourceLocation: sourceLocation)
        #expect(email.contains("\nTarget\n======\n"), sourceLocation: sourceLocation)
        let message = try #require(byPath["email.eml"], sourceLocation: sourceLocation).text
        #expect(
            message.contains("Content-Type: text/plain; charset=utf-8; format=flowed"), sourceLocation: sourceLocation)
        #expect(message.contains("Content-Type: text/html; charset=utf-8"), sourceLocation: sourceLocation)
        #expect(message.hasSuffix("--\r\n"), sourceLocation: sourceLocation)
    }

    @Test(
        "a section body made of any text builds every edition, or reports why at a line of the source",
        arguments: try fixtures())
    func fixtureAsBody(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Support.fixtures.appendingPathComponent("malformed/\(name)")))
        FuzzInput.run(bytes)
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        let source = FuzzInput.asSectionBody(text)
        let compilation = Broadside.compile(Array(source.utf8), path: "body.broadside")
        if compilation.diagnostics.hasErrors {
            #expect(compilation.files == nil)
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false).count
            for error in compilation.diagnostics.errors {
                #expect(error.location.file == "body.broadside" && (1...lines).contains(error.location.line))
            }
        } else {
            try Self.expectEveryEdition(in: compilation)
        }
    }

    @Test("the wrapper itself is a valid campaign, and every edition makes it")
    func wrapperIsValid() throws {
        let compilation = Broadside.compile(
            Array(FuzzInput.asSectionBody("Hello *world*.\n\n- a\n- b").utf8), path: "body.broadside")
        #expect(compilation.diagnostics.all.filter { $0.severity != .note }.isEmpty)
        try Self.expectEveryEdition(in: compilation)
        // Every file is one an edition declares (the site's pages under its folder), and nothing else.
        for file in compilation.files ?? [] {
            #expect(
                Edition.all.contains { $0.outputs.contains { file.path == $0 || file.path.hasPrefix($0 + "/") } },
                "\(file.path) is no edition's")
        }
    }
}
