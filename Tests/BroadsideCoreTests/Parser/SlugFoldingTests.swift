import Foundation
import Testing

@testable import BroadsideCore

/// Slugs are made without Foundation, from SlugFolding's table of what Foundation's folding does: for
/// every name that folds to ASCII (Latin letters, their accents, digits, punctuation), they must be the
/// slugs Foundation's folding gives. Letters of other scripts are kept as they are (tested below).
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

    /// Whether Foundation folds `name` to ASCII alone, where slugs are as they always were.
    static func foldsToASCII(_ name: String) -> Bool {
        name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .unicodeScalars.allSatisfy { scalar in
                switch scalar.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                    .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
                    scalar.isASCII
                default:
                    true
                }
            }
    }

    @Test(
        "every character of the first two planes that folds to ASCII, alone and among letters, as Foundation folds it")
    func everyCharacter() {
        var differences: [String] = []
        for value in UInt32(0x20)...UInt32(0x1FFFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = String(scalar)
            for name in [character, "a\(character)b", "Z\(character)", "\(character)9", "é\(character)x"]
            where Self.foldsToASCII(name) && Slug.make(name) != Self.reference(name) {
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
        var generator = SeededGenerator(seed: 0x5106)
        for _ in 0..<20000 {
            let name = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            guard Self.foldsToASCII(name) else { continue }
            #expect(Slug.make(name) == Self.reference(name), "seed 0x5106: \(name.debugDescription)")
        }
    }

    @Test("names in any script keep their letters, digits and marks, lowercased")
    func anyScript() {
        #expect(Slug.make("投票") == "投票")
        #expect(Slug.make("Vote 投票") == "vote-投票")
        #expect(Slug.make("Где голосовать") == "где-голосовать")
        #expect(Slug.make("नमस्ते दुनिया") == "नमस्ते-दुनिया")
        #expect(Slug.make("مرحبا بالعالم") == "مرحبا-بالعالم")
        #expect(Slug.make("ΨΗΦΙΣΤΕ ٣") == "ψηφιστε-٣")
        #expect(Slug.make("«!»") == "")
        for name in ["投票", "Vote 投票", "Где голосовать", "नमस्ते दुनिया", "Café Olé"] {
            #expect(Slug.make(Slug.make(name)) == Slug.make(name), "a slug is its own slug: \(name)")
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
