/// Names made safe for file names and anchors: lowercase ASCII letters, digits and single hyphens.
enum Slug {
    /// `Why I am running` → `why-i-am-running`; `Helping Cambridge (even you don’t …)` → `helping-cambridge-even-you-dont-…`.
    /// Accents are dropped (`Café` → `cafe`) and apostrophes vanish rather than split a word.
    /// Returns an empty string when the name has no letter or digit that survives.
    ///
    /// The name is folded as Foundation folds text with diacritics, case and width ignored (`É` → `e`,
    /// `ß` → `ss`, `Ａ` → `a`, marks after a character dropped), by `SlugFolding`'s table of what that
    /// folding does to the characters that can change a slug.
    static func make(_ name: String) -> String {
        // Links name their targets by slug, mostly: such a name is its own slug.
        if isSlug(name) { return name }
        // Every character of a slug is ASCII: it is made as bytes.
        var slug: [UInt8] = []
        slug.reserveCapacity(name.utf8.count)
        var pendingHyphen = false
        func take(_ scalar: Unicode.Scalar) {
            let byte: UInt8
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39: byte = UInt8(scalar.value)
            case 0x41...0x5A: byte = UInt8(scalar.value) + 0x20
            case 0x27, 0x2019, 0x2018: return
            default:
                pendingHyphen = true
                return
            }
            if pendingHyphen && !slug.isEmpty { slug.append(0x2D) }
            pendingHyphen = false
            slug.append(byte)
        }
        // The character the marks that follow belong to, and how many have followed it.
        var base: Unicode.Scalar?
        var marks = 0
        for scalar in name.unicodeScalars {
            if !scalar.isASCII && contains(SlugFolding.droppedMarks, scalar.value) {
                // A mark: kept at the start (where it makes no hyphen), dropped after a character, but
                // after a typographic apostrophe only when it comes first and is one of a few.
                let afterApostrophe = base?.value == 0x2018 || base?.value == 0x2019
                let dropped =
                    base != nil
                    && (!afterApostrophe || marks == 0 && contains(SlugFolding.droppedAfterApostrophes, scalar.value))
                if !dropped { take(scalar) }
                marks += 1
                continue
            }
            base = scalar
            marks = 0
            if !scalar.isASCII, let folded = SlugFolding.folded[scalar.value] {
                for part in folded.unicodeScalars { take(part) }
            } else {
                take(scalar)
            }
        }
        return String(decoding: slug, as: UTF8.self)
    }

    /// Whether `value` lies in one of `ranges`, which are sorted and apart.
    private static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound < value { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].contains(value)
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
