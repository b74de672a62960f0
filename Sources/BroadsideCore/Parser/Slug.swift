import Foundation

/// Names made safe for file names and anchors: lowercase ASCII letters, digits and single hyphens.
enum Slug {
    /// `Why I am running` → `why-i-am-running`; `Helping Cambridge (even you don’t …)` → `helping-cambridge-even-you-dont-…`.
    /// Accents are dropped (`Café` → `cafe`) and apostrophes vanish rather than split a word.
    /// Returns an empty string when the name has no letter or digit that survives.
    static func make(_ name: String) -> String {
        // Links name their targets by slug, mostly: such a name is its own slug.
        if isSlug(name) { return name }
        // Folding is costly, and a plain ASCII name has nothing to fold.
        let folded =
            name.utf8.allSatisfy { $0 < 0x80 }
            ? name : name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var slug = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9":
                if pendingHyphen && !slug.isEmpty { slug += "-" }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            case "A"..."Z":
                if pendingHyphen && !slug.isEmpty { slug += "-" }
                pendingHyphen = false
                slug.unicodeScalars.append(Unicode.Scalar(UInt8(scalar.value) + 0x20))
            case "'", "\u{2019}", "\u{2018}":
                continue
            default:
                pendingHyphen = true
            }
        }
        return slug
    }

    /// Whether `name` is already a slug: `[a-z0-9]` runs joined by single hyphens.
    private static func isSlug(_ name: String) -> Bool {
        var previous: UInt8 = 0x2D
        for byte in name.utf8 {
            switch byte {
            case 0x61...0x7A, 0x30...0x39: break
            case 0x2D where previous != 0x2D: break
            default: return false
            }
            previous = byte
        }
        return previous != 0x2D
    }
}
