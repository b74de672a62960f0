/// Names made safe for file names and anchors: lowercase letters and digits of any script, joined by
/// single hyphens.
enum Slug {
    /// `Why I am running` → `why-i-am-running`; `Helping Cambridge (even you don’t …)` → `helping-cambridge-even-you-dont-…`;
    /// `Vote 投票` → `vote-投票`. Latin accents are dropped (`Café` → `cafe`), letters and digits of
    /// other scripts are kept (lowercased, with the marks that belong to them), and apostrophes vanish
    /// rather than split a word. Returns an empty string when the name has no letter or digit at all.
    ///
    /// The name is folded as Foundation folds text with diacritics, case and width ignored (`É` → `e`,
    /// `ß` → `ss`, `Ａ` → `a`, marks after a character dropped), by `SlugFolding`'s table of what that
    /// folding does to the characters that can change a slug.
    static func make(_ name: String) -> String {
        // Links name their targets by slug, mostly: such a name is its own slug.
        if isSlug(name) { return name }
        var slug = ""
        var pendingHyphen = false
        func take(_ scalar: Unicode.Scalar) {
            let kept: String
            switch scalar.value {
            case 0x61...0x7A, 0x30...0x39: kept = String(scalar)
            case 0x41...0x5A: kept = String(Unicode.Scalar(scalar.value + 0x20)!)
            case 0x27, 0x2019, 0x2018: return
            case 0x80... where isWordCharacter(scalar): kept = scalar.properties.lowercaseMapping
            default:
                pendingHyphen = true
                return
            }
            if pendingHyphen && !slug.isEmpty { slug += "-" }
            pendingHyphen = false
            slug += kept
        }
        // The character the marks that follow belong to, and how many have followed it.
        var base: Unicode.Scalar?
        var marks = 0
        /// Whether the base was kept as it is, not folded to ASCII.
        var baseKeptWhole = false
        for scalar in name.unicodeScalars {
            // A letter of a script kept as it is keeps its marks: a Devanagari vowel sign is part of the
            // word, not an accent to fold away.
            if baseKeptWhole && isMark(scalar) {
                slug += scalar.properties.lowercaseMapping
                continue
            }
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
            baseKeptWhole = false
            if !scalar.isASCII, let folded = SlugFolding.folded[scalar.value] {
                for part in folded.unicodeScalars { take(part) }
            } else {
                take(scalar)
                baseKeptWhole = !scalar.isASCII && isWordCharacter(scalar)
            }
        }
        return slug
    }

    /// Whether a character outside ASCII belongs in a slug: a letter or a digit of any script.
    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
            .letterNumber, .otherNumber:
            true
        default:
            false
        }
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
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
