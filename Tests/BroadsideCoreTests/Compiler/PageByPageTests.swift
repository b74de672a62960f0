import BroadsideCore
import Foundation
import Testing

/// The editions are made page by page, a few pages of a large campaign at a time, with the email and the
/// text flyer laid out a page at a time and joined afterwards. These tests hold that to what laying out
/// the whole campaign at once gives.
@Suite("Editions made page by page")
struct PageByPageTests {
    static let fixture = Support.fixtures.appendingPathComponent("campaigns/page-joins.broadside")
    static let expected = Support.fixtures.appendingPathComponent("campaigns/page-joins.expected")

    static func compile(_ url: URL) throws -> [String: OutputFile] {
        let compilation = Broadside.compile(try [UInt8](Data(contentsOf: url)), path: url.lastPathComponent)
        #expect(compilation.diagnostics.errors.isEmpty, "\(Support.describe(compilation.diagnostics.errors))")
        let files = try #require(compilation.files)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) })
    }

    /// The message with its content-derived Message-ID and boundary replaced by placeholders.
    static func withoutFingerprint(_ message: String) -> String {
        message.replacing(/[0-9a-f]{32}@/, with: "ID@").replacing(/=_broadside_[0-9a-f]{24}/, with: "=_broadside_B")
    }

    /// The expected files were made by the renderers as they were before editions were made page by
    /// page (each edition laid out over the whole campaign): pages that carry nothing for an edition,
    /// blocks with no words, headings that end a page, links repeated across pages, lines starting
    /// with "From " or a space. (The stylesheet is the same for every campaign: the golden seed files
    /// hold it.)
    @Test("every edition is the same as when the whole campaign was laid out at once")
    func sameAsWhole() throws {
        let files = try Self.compile(Self.fixture)
        let expectedSite = try FileManager.default.contentsOfDirectory(
            atPath: Self.expected.appendingPathComponent("site").path)
        #expect(
            Set(files.keys)
                == Set(
                    expectedSite.map { "site/\($0)" } + [
                        "site/style.css", "flyer.txt", "flyer.pdf", "flyer-2up.pdf", "email.txt", "email.eml",
                        "email.html",
                        "site/email/index.html", "site/share.png",
                    ]))
        for path in expectedSite.map({ "site/\($0)" }) + ["flyer.txt", "email.txt"] {
            let expected = try Support.read(Self.expected.appendingPathComponent(path))
            let actual = try #require(files[path]).text
            #expect(actual == expected, "\(path): \(TextComparison.firstDifference(expected, actual))")
        }
        let message = try #require(files["email.eml"]).text
        let expectedMessage = try Support.read(Self.expected.appendingPathComponent("email.eml"))
        #expect(Self.withoutFingerprint(message) == Self.withoutFingerprint(expectedMessage))
    }

    @Test("a build streamed into a folder writes the same bytes as one made in memory, and nothing else")
    func streamedIsInMemory() throws {
        let files = try Self.compile(Self.fixture)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("page-joins-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let compilation = Broadside.build(
            try [UInt8](Data(contentsOf: Self.fixture)), path: "page-joins.broadside", into: folder.path)
        #expect(!compilation.diagnostics.hasErrors)
        let written = try #require(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }
            .filter { $0 != "site" && $0 != "site/email" }
        #expect(Set(written) == Set(files.keys).union([".broadside-build"]))
        for (path, file) in files {
            #expect(try [UInt8](Data(contentsOf: folder.appendingPathComponent(path))) == file.contents, "\(path)")
        }
    }

    /// More pages than the pipeline holds at once (and a source read in pieces), each linking to the
    /// same addresses and to each other.
    static func longCampaign(pages: Int) -> String {
        var text = Support.source(pages: "", metadata: "  site: https://example.org\n  paid for by: Friends")
        let paragraph = String(repeating: "Words that fill the page and wrap across many lines of text. ", count: 100)
        for page in 0..<pages {
            text += """
                page Page \(page)
                  section Part \(page)
                    \(paragraph)[the study](https://example.org/study) and [the next page](page:page-\((page + 1) % pages)).

                    - A list item on page \(page), [the study again](https://example.org/study).

                """
            text += "\n"
        }
        return text
    }

    @Test("across the pipeline's pages, link numbers and the flyer's line count hold for the whole campaign")
    func acrossThePipeline() throws {
        let pages = 150
        let source = Self.longCampaign(pages: pages)
        // More than the pipeline's window (512 KB of Markdown), and more than two pieces of the source.
        #expect(source.utf8.count > 3 * (1 << 18))
        // The printed flyer cannot hold 150 pages (an error of its own, tested with the PDF): not drawn here.
        let compilation = Broadside.compile(
            Array(source.utf8), path: "long.broadside", options: RenderOptions(drawsFlyerPDF: false))
        #expect(compilation.diagnostics.errors.isEmpty, "\(Support.describe(compilation.diagnostics.errors))")
        let files = Dictionary(uniqueKeysWithValues: try #require(compilation.files).map { ($0.path, $0.text) })
        #expect((0..<pages).allSatisfy { files["site/page-\($0).html"] != nil || $0 == 0 })

        // The study is linked first, so it is [1] on every page; each page's next page gets its own number.
        let email = try #require(files["email.txt"])
        #expect(email.components(separatedBy: "the study [1]").count - 1 == pages)
        #expect(email.components(separatedBy: "the study again [1]").count - 1 == pages)
        #expect(email.contains("[1] https://example.org/study\n"))
        #expect(email.contains("[\(pages + 1)] https://example.org/index.html\n") == false)
        #expect(email.contains("[\(pages + 1)] https://example.org/\n"))

        // The overflow warning counts the lines flyer.txt really has.
        let flyer = try #require(files["flyer.txt"])
        let lineCount = flyer.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let warning = try #require(
            compilation.diagnostics.warnings.first { $0.message.hasPrefix("flyer.txt, the text flyer, is longer") })
        #expect(warning.message.contains("60-line page (\(lineCount) lines)"))
    }
}
