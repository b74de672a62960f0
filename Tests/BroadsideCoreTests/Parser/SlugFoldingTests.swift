import Foundation
import Testing

@testable import BroadsideCore

/// Slugs are made without Foundation, from SlugFolding's table of what Foundation's folding does; they
/// must be the slugs Foundation's folding gives.
@Suite("Slug folding")
struct SlugFoldingTests {
    /// Slug.make as it was made with Foundation: fold, then keep ASCII letters and digits.
    static func reference(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var slug = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            let character: Character
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39: character = Character(scalar)
            case 0x41...0x5A: character = Character(Unicode.Scalar(scalar.value + 0x20)!)
            case 0x27, 0x2019, 0x2018: continue
            default:
                pendingHyphen = true
                continue
            }
            if pendingHyphen && !slug.isEmpty { slug.append("-") }
            pendingHyphen = false
            slug.append(character)
        }
        return slug
    }

    @Test("every character of the first two planes, alone and among letters, as Foundation folds it")
    func everyCharacter() {
        var differences: [String] = []
        for value in UInt32(0x20)...UInt32(0x1FFFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = String(scalar)
            for name in [character, "a\(character)b", "Z\(character)", "\(character)9", "é\(character)x"]
            where Slug.make(name) != Self.reference(name) {
                differences.append("U+\(String(value, radix: 16, uppercase: true)) in \(name.debugDescription)")
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(20))")
    }

    @Test("random names of letters, accents, marks, apostrophes and separators")
    func randomNames() {
        let pieces = [
            "a", "Z", "7", " ", "-", "'", "’", "é", "E\u{301}", "\u{301}", "\u{302}", "ß", "ﬁ", "Ａ", "０", "İ",
            "ŉ", "Ω", "ø", "Æ", "\u{20DD}", "ǰ", "Ǆ", "\u{0345}", "ẞ", "K", "Å", "ĳ", "—", "·", "\u{327}", "\u{591}",
            "\u{93C}", "\u{E48}", "\u{1AB0}", "Ж", "中", "\u{2018}",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20000 {
            let name = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            #expect(Slug.make(name) == Self.reference(name), "\(name.debugDescription)")
        }
    }

    @Test("names people write")
    func names() {
        #expect(Slug.make("Café Olé") == "cafe-ole")
        #expect(Slug.make("Straße") == "strasse")
        #expect(Slug.make("Helping Cambridge (even you don’t …)") == "helping-cambridge-even-you-dont")
        #expect(Slug.make("Ｆｕｌｌ width") == "full-width")
    }
}
