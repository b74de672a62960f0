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

    @Test("a section body made of any text builds all editions or reports why", arguments: try fixtures())
    func fixtureAsBody(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Support.fixtures.appendingPathComponent("malformed/\(name)")))
        FuzzInput.run(bytes)
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        let compilation = Broadside.compile(Array(FuzzInput.asSectionBody(text).utf8), path: "body.broadside")
        #expect(compilation.files != nil || compilation.diagnostics.hasErrors)
    }

    @Test("the wrapper itself is a valid campaign")
    func wrapperIsValid() {
        let compilation = Broadside.compile(
            Array(FuzzInput.asSectionBody("Hello *world*.\n\n- a\n- b").utf8), path: "body.broadside")
        #expect(compilation.diagnostics.all.filter { $0.severity != .note }.isEmpty)
        // Two pages, 404, stylesheet, sitemap and robots; flyer text and PDF; email text and message.
        #expect(compilation.files?.count == 10)
    }
}
