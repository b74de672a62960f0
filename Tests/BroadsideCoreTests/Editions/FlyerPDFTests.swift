import BroadsideCore
import Foundation
import Testing

@Suite("Flyer PDF")
struct FlyerPDFTests {
    static func build(_ text: String) throws -> (files: [String: OutputFile], diagnostics: [Diagnostic]) {
        let compilation = Broadside.compile(Array(text.utf8), path: "flyer.broadside")
        let files = try #require(compilation.files, "\(Support.describe(compilation.diagnostics.errors))")
        return (Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) }), compilation.diagnostics.all)
    }

    static func seed() throws -> [String: OutputFile] {
        let text = try Support.read(Support.repositoryRoot.appendingPathComponent("content/campaign.broadside"))
        return try build(text).files
    }

    /// Runs a poppler tool on the PDF among `files`.
    static func poppler(_ tool: String, _ files: [String: OutputFile], _ extra: [String] = []) throws -> String {
        let pdf = try #require(files["flyer.pdf"])
        let folder = try ExternalTool.folder(with: [(pdf.path, pdf.contents)])
        let run = try ExternalTool.run(
            [tool] + extra + [folder.appendingPathComponent("flyer.pdf").path] + (tool == "pdftotext" ? ["-"] : []))
        #expect(run.status == 0, "\(run.output)")
        return run.output
    }

    static func words(_ text: String) -> String {
        TextComparison.squeezed(TextComparison.withoutUnderlines(text))
    }

    @Test("the seed flyer is one US Letter page")
    func letter() throws {
        let info = try Self.poppler("pdfinfo", try Self.seed())
        #expect(info.contains("Pages:           1\n"))
        #expect(info.contains("Page size:       612 x 792 pts (letter)"))
    }

    @Test("every font in the PDF is embedded")
    func fontsEmbedded() throws {
        let fonts = try Self.poppler("pdffonts", try Self.seed()).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for line in fonts {
            let columns = line.split(separator: " ")
            #expect(columns.count >= 5 && columns[columns.count - 5] == "yes", "not embedded: \(line)")
        }
    }

    @Test("the PDF has exactly the words of flyer.txt and of the flyer seed")
    func words() throws {
        let files = try Self.seed()
        let pdfText = try Self.poppler("pdftotext", files, ["-layout"])
        let seed = try Support.read(Support.fixtures.appendingPathComponent("seeds/002_d7192ccfbe6eafa4.txt"))
        #expect(Self.words(pdfText) == Self.words(try #require(files["flyer.txt"]).text))
        #expect(Self.words(pdfText) == Self.words(seed))
    }

    @Test("a flyer that fits says how much room it used")
    func fitNote() throws {
        let text = try Support.read(Support.repositoryRoot.appendingPathComponent("content/campaign.broadside"))
        let notes = try Self.build(text).diagnostics.filter { $0.message.hasPrefix("the flyer fits") }
        #expect(Support.describe(notes).count == 1)
        #expect(
            notes.first?.message.hasPrefix("the flyer fits one page: 60 of 60 lines of text, and the PDF is set in ")
                == true)
    }

    @Test("two builds give the same PDF bytes")
    func reproducible() throws {
        #expect(try Self.seed()["flyer.pdf"] == Self.seed()["flyer.pdf"])
    }

    @Test(
        "A4 and half-letter paper", arguments: [("a4", "595.28 x 841.89 pts (A4)"), ("half-letter", "396 x 612 pts")])
    func paper(_ paper: String, _ expected: String) throws {
        let files = try Self.build(
            Support.source(pages: "page Home\n  section S\n    Words.", metadata: "flyer\n  paper: \(paper)")
        ).files
        #expect(try Self.poppler("pdfinfo", files).contains("Page size:       \(expected)"))
    }

    @Test("non-ASCII text survives in the PDF: ’ – é")
    func nonASCII() throws {
        let files = try Self.build(
            Support.source(pages: "page Home\n  section Café\n    Don’t stop – é è ñ ü ß “quoted”.")
        ).files
        let text = try Self.poppler("pdftotext", files)
        #expect(text.contains("Don’t stop – é è ñ ü ß “quoted”."))
        #expect(text.contains("Café"))
    }

    @Test("footer: contact and disclaimer at the foot of the page")
    func footer() throws {
        let files = try Self.build(
            Support.source(
                pages: "page Home\n  section S\n    Words.",
                metadata: "  contact: jane@example.org\n  paid for by: Friends of Jane Doe")
        ).files
        let text = try Self.poppler("pdftotext", files)
        #expect(text.contains("jane@example.org"))
        #expect(text.contains("Paid for by Friends of Jane Doe"))
        #expect(
            try #require(files["flyer.txt"]).text.hasSuffix("\n\njane@example.org\nPaid for by Friends of Jane Doe\n"))
    }

    static func longCampaign(flyerBlock: String = "") -> String {
        var pages = "page Home\n"
        for index in 0..<40 {
            pages +=
                "  section Part \(index)\n    "
                + String(repeating: "A sentence that takes up room on the flyer. ", count: 6) + "\n"
        }
        return Support.source(pages: pages, metadata: flyerBlock)
    }

    @Test("a flyer too long for its page is a warning at the block where it overflows")
    func overflowWarning() throws {
        let (files, diagnostics) = try Self.build(Self.longCampaign())
        let overflow = Support.describe(diagnostics.filter { $0.message.contains("no longer fits") })
        // Each part takes 7 lines (blank, heading, underline, 4 of text): line 60 is the underline of
        // part 8, whose text (line 25 of the source) overflows. The PDF passes its page later, at 9 pt.
        #expect(overflow.count == 2)
        #expect(
            overflow.first
                == "25:5: warning: the flyer no longer fits one page (281 of 60 lines); it overflows from here")
        #expect(
            overflow.last?.hasSuffix(
                "warning: the printed flyer no longer fits one page, even in 9 pt type; it overflows from here") == true
        )
        // The PDF stays one sheet, and holds the flyer's words up to the block where it overflows.
        #expect(try Self.poppler("pdfinfo", files).contains("Pages:           1\n"))
        let printed = Self.words(try Self.poppler("pdftotext", files))
        let flyer = Self.words(try #require(files["flyer.txt"]).text)
        #expect(!printed.isEmpty && flyer.hasPrefix(printed))
    }

    @Test("with `too long: error` the overflow is an error and nothing is built")
    func overflowError() throws {
        let compilation = Support.compile(Self.longCampaign(flyerBlock: "flyer\n  too long: error\n  lines: 100"))
        #expect(compilation.files == nil)
        #expect(
            Support.describe(compilation.diagnostics.errors).first
                == "38:11: error: the flyer no longer fits one page (281 of 100 lines); it overflows from here")
    }

    @Test("the text flyer follows the flyer block's width")
    func columns() throws {
        let files = try Self.build(Self.longCampaign(flyerBlock: "flyer\n  columns: 50\n  lines: 200")).files
        let flyer = try #require(files["flyer.txt"]).text
        #expect(flyer.split(separator: "\n").allSatisfy { $0.count <= 50 })
    }
}
