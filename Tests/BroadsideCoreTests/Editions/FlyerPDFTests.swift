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
    static func poppler(
        _ tool: String, _ files: [String: OutputFile], _ extra: [String] = [], file: String = "flyer.pdf"
    ) throws -> String {
        let pdf = try #require(files[file])
        let folder = try ExternalTool.folder(with: [(pdf.path, pdf.contents)])
        let run = try ExternalTool.run(
            [tool] + extra + [folder.appendingPathComponent(file).path] + (tool == "pdftotext" ? ["-"] : []))
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

    @Test("the PDF has the masthead, then exactly the words of the flyer seed but for a heading with nothing under it")
    func words() throws {
        let files = try Self.seed()
        let pdfText = try Self.poppler("pdftotext", files, ["-layout"])
        let seed = try Support.read(Support.fixtures.appendingPathComponent("seeds/002_d7192ccfbe6eafa4.txt"))
        // "A few more thoughts" heads nothing on the flyer (its list is only in web and email).
        let printedSeed = Self.words(seed).replacingOccurrences(of: "Afewmorethoughts", with: "")
        #expect(Self.words(pdfText) == Self.words("Piotr Mitros for Cambridge School Committee") + printedSeed)
    }

    @Test("a flyer that fits says so, with how much room the text flyer used")
    func fitNote() throws {
        let text = try Support.read(Support.repositoryRoot.appendingPathComponent("content/campaign.broadside"))
        let notes = try Self.build(text).diagnostics.filter { $0.message.hasPrefix("the printed flyer") }
        #expect(Support.describe(notes).count == 1)
        #expect(notes.first?.message.hasPrefix("the printed flyer fits one side, set in ") == true)
        #expect(notes.first?.message.contains("; flyer.txt has 60 of 60 lines; with a `site:` address") == true)
    }

    @Test("two builds give the same PDF bytes, for the flyer and the 2-up sheet")
    func reproducible() throws {
        #expect(try Self.seed()["flyer.pdf"] == Self.seed()["flyer.pdf"])
        #expect(try Self.seed()["flyer-2up.pdf"] == Self.seed()["flyer-2up.pdf"])
    }

    @Test("a short campaign uses its side: its text runs below two-thirds of the page")
    func shortCampaignFills() throws {
        let text = try Support.read(
            Support.fixtures.appendingPathComponent("campaigns/site-features/campaign.broadside"))
        let files = try Self.build(text).files
        let boxes = try Self.poppler("pdftotext", files, ["-bbox"])
        let height = try #require(Double(boxes.split(separator: "height=\"")[1].prefix { $0 != "\"" }))
        // The last word of the campaign's own text (before the call to action): "written", of the code block.
        let line = try #require(boxes.split(separator: "\n").last { $0.hasSuffix(">written</word>") })
        let bottom = try #require(Double(line.split(separator: "yMax=\"")[1].prefix { $0 != "\"" }))
        #expect(bottom > height * 2 / 3, "the text ends at \(bottom) of \(height) points")
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

    @Test("the masthead, the call to action with a QR code to the site, and the disclaimer in a box")
    func mastheadAndCallToAction() throws {
        let files = try Self.build(
            Support.source(
                pages: "page Home\n  section S\n    Words.",
                metadata:
                    "  contact: jane@example.org\n  paid for by: Friends of Jane Doe\n  site: https://www.janedoe.example\n  election: 2026-11-03"
            )
        ).files
        let text = try Self.poppler("pdftotext", files)
        #expect(
            Self.words(text).hasPrefix(
                Self.words("Jane Doe for City Council Vote Tuesday, November 3, 2026 A better city")))
        #expect(
            Self.words(text).hasSuffix(Self.words("janedoe.example jane@example.org Paid for by Friends of Jane Doe")))
        #expect(
            try #require(files["flyer.txt"]).text.hasSuffix("\n\njane@example.org\nPaid for by Friends of Jane Doe\n"))
        // The name is the largest type on the page.
        let boxes = try Self.poppler("pdftotext", files, ["-bbox"])
        let heights = Self.wordHeights(boxes)
        #expect(heights["Jane"] == heights.values.max())
        // The QR code reads back as the site's address; it and the printed address are links.
        let pdf = try #require(files["flyer.pdf"])
        let folder = try ExternalTool.folder(with: [(pdf.path, pdf.contents)])
        let render = try ExternalTool.run(
            [
                "pdftoppm", "-png", "-r", "150", "-singlefile", folder.appendingPathComponent("flyer.pdf").path,
                folder.appendingPathComponent("side").path,
            ])
        #expect(render.status == 0, "\(render.output)")
        let scan = try ExternalTool.run(["zbarimg", "-q", "--raw", folder.appendingPathComponent("side.png").path])
        // (zbarimg also prints its own complaints about D-Bus on some machines.)
        #expect(
            scan.output.split(separator: "\n").filter { $0.hasPrefix("http") } == ["https://www.janedoe.example"],
            "\(scan.output)")
        #expect(String(decoding: pdf.contents, as: UTF8.self).contains("/URI (https://www.janedoe.example)"))
        // The language is recorded in the catalog, and the cross-reference table is still where it says.
        let bytes = String(decoding: pdf.contents, as: UTF8.self)
        #expect(bytes.contains("<< /Type /Catalog\n   /Lang (en)\n"))
        let offset = try #require(Int(bytes.split(separator: "startxref\n").last?.prefix { $0.isNumber } ?? ""))
        #expect(Array(pdf.contents[offset..<offset + 4]) == Array("xref".utf8))
        let info = try Self.poppler("pdfinfo", files)
        #expect(info.contains("Tagged:          yes"))
        #expect(info.contains("Title:           Jane Doe for City Council"))
    }

    @Test("Chinese, Arabic and Devanagari print; a character no font has is a warning at its block")
    func everyScript() throws {
        let (files, diagnostics) = try Self.build(
            Support.source(
                pages:
                    "page Home\n  section S\n    投票给我们的候选人。\n\n    صوتوا لمرشحنا اليوم\n\n    नमस्ते मतदाता\n\n    A private \u{E000} sign."
            ))
        let text = try Self.poppler("pdftotext", files)
        for words in ["投票给我们的候选人。", "لمرشحنا", "नमस्ते"] { #expect(text.contains(words), "\(words)") }
        #expect(
            Support.describe(diagnostics.filter { $0.message.contains("no installed font") }) == [
                "15:5: warning: this text has a character that no installed font can draw: the printed flyer shows an empty box for it"
            ])
    }

    @Test("flyer-2up.pdf: two half-letter flyers on a landscape Letter sheet, every word twice, front and back")
    func twoUp() throws {
        let (files, _) = try Self.build(Self.longCampaign(parts: 8))
        let info = try Self.poppler("pdfinfo", files, file: "flyer-2up.pdf")
        #expect(info.contains("Page size:       792 x 612 pts (letter)"))
        #expect(info.contains("Pages:           2\n"))
        let half = try Self.build(Self.longCampaign(parts: 8, flyerBlock: "flyer\n  paper: half-letter")).files
        func counts(_ text: String) -> [Substring: Int] {
            text.split(whereSeparator: \.isWhitespace).reduce(into: [:]) { $0[$1, default: 0] += 1 }
        }
        let sheet = counts(try Self.poppler("pdftotext", files, file: "flyer-2up.pdf"))
        let single = counts(try Self.poppler("pdftotext", half))
        #expect(!single.isEmpty && sheet == single.mapValues { $0 * 2 })
    }

    @Test("with `qr source:`, the QR code's link says where the visit came from; the print stays plain")
    func qrSource() throws {
        let files = try Self.build(
            Support.source(
                pages: "page Home\n  section S\n    Words.",
                metadata: "  site: https://janedoe.example\nflyer\n  qr source: flyer")
        ).files
        let pdf = try #require(files["flyer.pdf"])
        let folder = try ExternalTool.folder(with: [(pdf.path, pdf.contents)])
        _ = try ExternalTool.run(
            [
                "pdftoppm", "-png", "-r", "150", "-singlefile", folder.appendingPathComponent("flyer.pdf").path,
                folder.appendingPathComponent("side").path,
            ])
        let scan = try ExternalTool.run(["zbarimg", "-q", "--raw", folder.appendingPathComponent("side.png").path])
        #expect(
            scan.output.split(separator: "\n").filter { $0.hasPrefix("http") } == [
                "https://janedoe.example/?utm_source=flyer"
            ])
        #expect(try Self.poppler("pdftotext", files).contains("janedoe.example\n"))
    }

    /// The height of each word's box in `pdftotext -bbox` output, by word.
    static func wordHeights(_ bbox: String) -> [String: Double] {
        var heights: [String: Double] = [:]
        for line in bbox.split(separator: "\n") where line.contains("<word ") {
            func value(_ name: String) -> Double? {
                guard let range = line.range(of: "\(name)=\"") else { return nil }
                return Double(line[range.upperBound...].prefix { $0 != "\"" })
            }
            guard let top = value("yMin"), let bottom = value("yMax"),
                let start = line.range(of: ">"), let end = line.range(of: "</word>")
            else { continue }
            let word = String(line[start.upperBound..<end.lowerBound])
            heights[word] = max(heights[word] ?? 0, bottom - top)
        }
        return heights
    }

    static func longCampaign(parts: Int = 40, flyerBlock: String = "") -> String {
        var pages = "page Home\n"
        for index in 0..<parts {
            pages +=
                "  section Part \(index)\n    "
                + String(repeating: "A sentence that takes up room on the flyer. ", count: 6) + "\n"
        }
        return Support.source(pages: pages, metadata: flyerBlock)
    }

    @Test(
        "past one side the flyer takes a back side, with a note, and never leaves a word off",
        arguments: ["letter", "a4", "half-letter"])
    func backSide(_ paper: String) throws {
        let parts = paper == "half-letter" ? 8 : 20
        let (files, diagnostics) = try Self.build(
            Self.longCampaign(parts: parts, flyerBlock: "flyer\n  paper: \(paper)"))
        #expect(try Self.poppler("pdfinfo", files).contains("Pages:           2\n"))
        #expect(diagnostics.contains { $0.message.hasPrefix("the printed flyer takes two sides") })
        let printed = Self.words(try Self.poppler("pdftotext", files))
        let flyer = Self.words(try #require(files["flyer.txt"]).text)
        #expect(printed == Self.words("Jane Doe for City Council") + flyer)
    }

    @Test("what two sides cannot hold is an error where it stops fitting; with `sides: 1`, what one cannot")
    func doesNotFit() throws {
        let two = Support.compile(Self.longCampaign(parts: 60))
        #expect(two.files == nil)
        #expect(
            two.diagnostics.errors.map(\.message) == [
                "the printed flyer does not fit two sides (front and back), even in 9 pt type; it stops fitting here"
            ])
        let one = Support.compile(Self.longCampaign(parts: 20, flyerBlock: "flyer\n  sides: 1"))
        #expect(one.files == nil)
        #expect(
            one.diagnostics.errors.map(\.message) == [
                "the printed flyer does not fit one side, even in 9 pt type; it stops fitting here"
            ])
        #expect(one.diagnostics.errors.first?.notes.first?.message.contains("remove `sides: 1`") == true)
    }

    @Test("the text flyer's budget is a warning about flyer.txt, apart from the printed flyer")
    func textBudget() throws {
        let (_, diagnostics) = try Self.build(Self.longCampaign(parts: 20))
        let overflow = Support.describe(diagnostics.filter { $0.message.hasPrefix("flyer.txt") })
        // Each part takes 7 lines (blank, heading, underline, 4 of text): line 60 is the underline of
        // part 8, whose text (line 25 of the source) passes the budget.
        #expect(
            overflow == [
                "25:5: warning: flyer.txt, the text flyer, is longer than its 60-line page (141 lines); it passes it here"
            ])
    }

    @Test("with `too long: error` the text flyer's overflow is an error and nothing is built")
    func overflowError() throws {
        let compilation = Support.compile(
            Self.longCampaign(parts: 20, flyerBlock: "flyer\n  too long: error\n  lines: 100"))
        #expect(compilation.files == nil)
        #expect(
            Support.describe(compilation.diagnostics.errors).first
                == "38:11: error: flyer.txt, the text flyer, is longer than its 100-line page (141 lines); it passes it here"
        )
    }

    @Test("the text flyer follows the flyer block's width")
    func columns() throws {
        let files = try Self.build(Self.longCampaign(parts: 10, flyerBlock: "flyer\n  columns: 50\n  lines: 200")).files
        let flyer = try #require(files["flyer.txt"]).text
        #expect(flyer.split(separator: "\n").allSatisfy { $0.count <= 50 })
    }
}
