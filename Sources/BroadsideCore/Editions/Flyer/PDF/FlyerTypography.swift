/// The flyer's print design: paper, margins, fonts and sizes, all scaled from the body size, which
/// steps down from `largestBodySize` to `smallestBodySize` until the flyer fits its page.
struct FlyerTypography {
    /// The ceiling: a short campaign is set this large, so that it fills its side.
    static let largestBodySize = 14.0
    /// The floor: below 9 pt, text on a handed-out flyer is too small to read comfortably.
    static let smallestBodySize = 9.0
    static let step = 0.5

    static let bodyFamily = "DejaVu Serif"
    static let headingFamily = "DejaVu Sans"
    static let codeFamily = "DejaVu Sans Mono"
    /// The Debian package that has all three families.
    static let fontPackage = "fonts-dejavu-core"
    /// The Debian packages whose fonts fontconfig falls back to for scripts DejaVu lacks (Arabic,
    /// Devanagari, Chinese, Japanese, Korean, …).
    static let scriptFontPackages = "fonts-noto-core fonts-noto-cjk"

    /// Width and height of the paper, in points.
    static func pageSize(_ paper: FlyerSettings.Paper) -> (width: Double, height: Double) {
        switch paper {
        case .letter: (612, 792)
        case .a4: (595.28, 841.89)
        case .halfLetter: (396, 612)
        }
    }

    /// At least half an inch; three quarters on the larger sheets.
    static func margin(_ paper: FlyerSettings.Paper) -> Double {
        paper == .halfLetter ? 36 : 54
    }

    let bodySize: Double

    /// The disclaimer's size, whatever the body's: the size U.S. federal rules for printed material
    /// treat as clearly readable.
    static let disclaimerSize = 12.0

    /// The candidate's name: the largest type on the page.
    var nameSize: Double { bodySize * 2.6 }
    var officeSize: Double { bodySize * 1.3 }
    var addressSize: Double { bodySize * 1.4 }
    var taglineSize: Double { bodySize * 1.9 }
    var pageTitleSize: Double { bodySize * 1.5 }
    func headingSize(level: Int) -> Double { level <= 2 ? bodySize * 1.3 : bodySize * 1.1 }

    /// Space above a block, in points.
    func spaceBefore(_ block: FlyerModel.Block, after previous: FlyerModel.Block?) -> Double {
        guard let previous else { return 0 }
        if previous.isHeading && !block.isHeading { return bodySize * 0.3 }
        switch block.role {
        case .tagline: return 0
        case .pageTitle: return bodySize * 1.6
        case .heading: return bodySize * 1.1
        case .paragraph, .code, .rule, .picture: return block.spaceBefore ? bodySize * 0.65 : bodySize * 0.2
        }
    }

    func font(for block: FlyerModel.Block) -> String {
        switch block.role {
        case .tagline: "\(Self.headingFamily) Bold \(taglineSize)"
        case .pageTitle: "\(Self.headingFamily) Bold \(pageTitleSize)"
        case .heading(let level): "\(Self.headingFamily) Bold \(headingSize(level: level))"
        case .code: "\(Self.codeFamily) \(bodySize * 0.9)"
        case .paragraph, .rule, .picture: "\(Self.bodyFamily) \(bodySize)"
        }
    }

    /// The tallest a picture in the text is printed: it shrinks with the type, so that the fitting that
    /// sets the text smaller to fit makes the pictures smaller too.
    var pictureHeight: Double { bodySize * 14 }
    /// The portrait's height in the masthead.
    var portraitHeight: Double { bodySize * 6.5 }

    /// How far in a block starts: list items hang in by their depth, quotes by theirs.
    func indent(_ block: FlyerModel.Block) -> Double {
        Double(block.listDepth) * bodySize * 1.4 + Double(block.quoteDepth) * bodySize * 1.2
    }
}
