import Testing

@testable import BroadsideCore

/// A large source is decoded and its structure read in pieces, side by side. These tests hold the
/// pieces to what reading the whole source in one piece gives: the same pages, blocks and
/// diagnostics, with the same lines and columns.
@Suite("Sources read in pieces")
struct SourcePiecesTests {
    static func cuts(_ text: String, pieceBytes: Int) -> [Int] {
        Array(text.utf8).withUnsafeBufferPointer { SourcePieces.cuts(in: $0, pieceBytes: pieceBytes) }
    }

    /// The byte offsets of the lines (split at LF alone, as the source is) that start with `prefix`.
    static func offsets(ofLinesStartingWith prefix: String, in text: String) -> [Int] {
        var offsets: [Int] = []
        var offset = 0
        for line in Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false) {
            if line.starts(with: prefix.utf8) { offsets.append(offset) }
            offset += line.count + 1
        }
        return offsets
    }

    static func page(_ number: Int) -> String {
        "page Part \(number)\n\n  section Words \(number)\n    Some text for part \(number), long enough to count.\n\n"
    }

    @Test("a piece after the first starts at a `page` line, never at the first one")
    func cutsAtLaterPageLines() {
        let text = "campaign\n  candidate: A\n\n" + (1...6).map(Self.page).joined()
        let pages = Self.offsets(ofLinesStartingWith: "page ", in: text)
        #expect(Self.cuts(text, pieceBytes: 1) == [0] + pages.dropFirst())
        #expect(Self.cuts(text, pieceBytes: 1 << 20) == [0])
    }

    @Test("no cut comes before a top-level line that is not a `page` line")
    func otherTopLevelLinesHoldThePagesBefore() {
        let before = (1...4).map(Self.page).joined()
        let after = (5...8).map(Self.page).joined()
        let text = "campaign\n  candidate: A\n\n" + before + "flyer\n  lines: 40\n\n" + after
        let pages = Self.offsets(ofLinesStartingWith: "page ", in: text)
        #expect(Self.cuts(text, pieceBytes: 1) == [0] + pages.suffix(4))
        // Text at the left edge, even misspelt, holds them too; indented text and CRLF blank lines do not.
        let junk = "campaign\n\n" + before + "pgae Oops\n" + after.replacing("\n\n", with: "\n\r\n")
        #expect(
            Self.cuts(junk, pieceBytes: 1) == [0] + Self.offsets(ofLinesStartingWith: "page ", in: junk).suffix(4))
    }

    /// A source of `pages` pages with a mistake of each kind the outline and the builder report,
    /// many of them at the edges of pieces: blank lines and `only in:` lines just before a `page` line.
    static func sourceWithMistakes(pages: Int) -> String {
        var text = """
            campaign
              candidate: Jane Doe
              office: Mayor
              tagline: For everyone
              language: en
              site: https://example.org

            email
              subject: News

            """
        for number in 0..<pages {
            text += "page Part \(number)\n"
            if number % 7 == 3 { text += "  description: The part numbered \(number)\n" }
            text +=
                "\n  section Why \(number)\n    See [the next part](page:part-\(number + 1)) and [this](#why-\(number)).\n\n"
            switch number % 11 {
            case 1: text += "\tTabbed text\n"
            case 2: text += "   three spaces in\n"
            case 3: text += "  sectoin Misspelt \(number)\n    text\n"
            case 4: text += "  section Why \(number)\n    The same name twice.\n"
            case 5: text += "  section Choices \(number)\n    only in: web, emial\n      Chosen text.\n"
            case 6:
                text += "  section Heading \(number)\n    heading only in: web\n    Text.\n    heading not in: flyer\n"
            case 7: text += "  section Last \(number)\n    Text.\n    only in: flyer\n"
            case 8: text += "  section Empty \(number)\n"
            case 9: text += "  lines: 40\n  section Late \(number)\n    Text.\n  description: late\n"
            case 10: text += "  Loose words under the page\n    and text under them\n"
            default:
                text +=
                    "  section Plain \(number)\n    " + String(repeating: "Words to fill the piece. ", count: 40) + "\n"
            }
            text += number % 3 == 0 ? "\n\n\n" : "\n"
            // Top-level lines that are not pages, which keep the pages before them in one piece.
            if number == 12 { text += "email\n  subject: A second email block\n" }
            if number == 17 { text += "pgae Misspelt\n\n  section Under it\n    Text.\n" }
        }
        text += "page \n"
        return text
    }

    static func read(_ text: String, pieceBytes: Int) -> (pieces: Int, pages: [String], diagnostics: [String]) {
        var diagnostics = Diagnostics()
        guard
            let source = SourceText.decode(
                Array(text.utf8), path: "big.broadside", pieceBytes: pieceBytes, diagnostics: &diagnostics)
        else { return (0, [], Support.describe(diagnostics.all)) }
        let result = StructureReader.read(source, diagnostics: &diagnostics)
        let pages = (result?.pages ?? []).map { page in
            var description =
                "\(page.name)|\(page.slug)|\(page.fileName)|\(page.description ?? "-")|\(page.location.line)"
            for section in page.sections {
                description += "\n  \(section.name)|\(section.id)|\(section.editions)|\(section.headingEditions)"
                for block in section.blocks {
                    description +=
                        "\n    \(block.location.line):\(block.location.column) \(block.editions) \(block.markdown.lines)"
                }
            }
            return description
        }
        return (source.pieces.count, pages, Support.describe(diagnostics.all))
    }

    @Test("pages, blocks and diagnostics are the same read in pieces as in one")
    func piecesReadLikeTheWhole() {
        let text = Self.sourceWithMistakes(pages: 60)
        let whole = Self.read(text, pieceBytes: Int.max / 4)
        #expect(whole.pieces == 1)
        #expect(Self.read(text, pieceBytes: 1).pieces == 44)
        for pieceBytes in [1, 900, 4_000] {
            let pieces = Self.read(text, pieceBytes: pieceBytes)
            #expect(pieces.pieces > 2)
            #expect(pieces.pages == whole.pages)
            #expect(pieces.diagnostics == whole.diagnostics)
        }
        // Every kind of mistake is in there, so the comparison means something.
        #expect(whole.diagnostics.count > 60)
        #expect(whole.pages.count == 62)
    }

    @Test("a mistake in the bytes of a later piece is reported at its line and column in the whole source")
    func invalidBytesInALaterPiece() {
        var bytes = Array(Self.sourceWithMistakes(pages: 40).utf8)
        let line = Self.offsets(ofLinesStartingWith: "page Part 33", in: String(decoding: bytes, as: UTF8.self))[0]
        bytes.insert(contentsOf: [0x61, 0xC3, 0x28], at: line + 7)  // "page Pa" + "a" + an invalid sequence
        for pieceBytes in [Int.max / 4, 500] {
            var diagnostics = Diagnostics()
            #expect(
                SourceText.decode(bytes, path: "bad.broadside", pieceBytes: pieceBytes, diagnostics: &diagnostics)
                    == nil)
            let expectedLine = bytes[..<line].filter { $0 == 0x0A }.count + 1
            #expect(
                Support.describe(diagnostics.all) == [
                    "\(expectedLine):9: error: the file is not valid UTF-8 (byte 0xC3)"
                ])
        }
    }

    @Test("the text of a source read in pieces is its lines, each ended by LF")
    func textOfPieces() {
        let text = Self.sourceWithMistakes(pages: 30)
        var diagnostics = Diagnostics()
        let source = SourceText.decode(
            Array(text.utf8), path: "p.broadside", pieceBytes: 300, diagnostics: &diagnostics)
        #expect(source?.pieces.count ?? 0 > 3)
        #expect(source?.text == text)
    }
}
