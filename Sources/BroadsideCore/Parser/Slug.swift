import Foundation

/// Names made safe for file names and anchors: lowercase ASCII letters, digits and single hyphens.
enum Slug {
    /// `Why I am running` → `why-i-am-running`; `Helping Cambridge (even you don’t …)` → `helping-cambridge-even-you-dont-…`.
    /// Accents are dropped (`Café` → `cafe`) and apostrophes vanish rather than split a word.
    /// Returns an empty string when the name has no letter or digit that survives.
    static func make(_ name: String) -> String {
        // Links name their targets by slug, mostly: such a name is its own slug.
        if isSlug(name) { return name }
        // Folding is costly, and a name of ASCII and apostrophes (which vanish anyway) has nothing to fold.
        let folded =
            hasNothingToFold(name)
            ? name : name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        // Every character of a slug is ASCII: it is made as bytes.
        var slug: [UInt8] = []
        slug.reserveCapacity(folded.utf8.count)
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            let byte: UInt8
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39: byte = UInt8(scalar.value)
            case 0x41...0x5A: byte = UInt8(scalar.value) + 0x20
            case 0x27, 0x2019, 0x2018: continue
            default:
                pendingHyphen = true
                continue
            }
            if pendingHyphen && !slug.isEmpty { slug.append(0x2D) }
            pendingHyphen = false
            slug.append(byte)
        }
        return String(decoding: slug, as: UTF8.self)
    }

    /// Whether every character of `name` is ASCII or a typographic apostrophe (U+2018, U+2019).
    private static func hasNothingToFold(_ name: String) -> Bool {
        name.utf8.withContiguousStorageIfAvailable(hasNothingToFold) ?? hasNothingToFold(name.utf8)
    }

    private static func hasNothingToFold<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        var utf8 = bytes.makeIterator()
        while let byte = utf8.next() {
            if byte < 0x80 { continue }
            // U+2018 and U+2019 are E2 80 98 and E2 80 99.
            guard byte == 0xE2, utf8.next() == 0x80, let last = utf8.next(), last == 0x98 || last == 0x99 else {
                return false
            }
        }
        return true
    }

    /// Whether `name` is already a slug: `[a-z0-9]` runs joined by single hyphens.
    private static func isSlug(_ name: String) -> Bool {
        // Names are looked at for every link and section: on contiguous bytes where the string has them.
        name.utf8.withContiguousStorageIfAvailable(isSlug) ?? isSlug(name.utf8)
    }

    private static func isSlug<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        var previous: UInt8 = 0x2D
        for byte in bytes {
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
