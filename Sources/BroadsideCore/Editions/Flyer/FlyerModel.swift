/// The flyer laid out as blocks of words, before any medium: the text flyer and the PDF both print
/// this, so their words are the same.
public struct FlyerModel: Sendable {
    /// A run of words with one style.
    public struct Run: Sendable, Hashable {
        public var text: String
        public var strong = false
        public var emphasis = false
        public var code = false
    }

    public enum Role: Sendable, Hashable {
        /// The campaign's tagline, on top.
        case tagline
        /// The name of a page after the first.
        case pageTitle
        /// A section's heading (level 2) or a subheading in its text (3 and below).
        case heading(level: Int)
        case paragraph
        /// Code, its lines kept as written.
        case code
        /// A thematic break.
        case rule
        /// A picture alone in its paragraph: printed in place, left out of `flyer.txt`.
        case picture
    }

    public struct Block: Sendable {
        public var role: Role
        public var runs: [Run]
        /// The list marker ("- ", "2. ") that starts this block, for the first paragraph of a list item.
        public var marker: String?
        /// How far the block hangs in, in characters: the widths of the markers of the list items around it.
        public var indent: Int
        /// How many list items the block is inside.
        public var listDepth: Int
        /// How many block quotes the block is inside.
        public var quoteDepth: Int
        /// Whether a blank line comes before the block (not between the items of a tight list).
        public var spaceBefore: Bool
        /// Where the block is written in the source, for "it overflows from here".
        public var location: SourceLocation
        /// The picture a `.picture` block prints (its runs hold the alt text).
        public var picture: Picture? = nil

        /// Whether the block is a heading of some kind (the tagline and page titles included).
        public var isHeading: Bool {
            switch role {
            case .tagline, .pageTitle, .heading: true
            case .paragraph, .code, .rule, .picture: false
            }
        }

        /// A block of one plain run, with no list or quote around it: the tagline, a title, a heading.
        static func plain(_ role: Role, _ text: String, at location: SourceLocation) -> Block {
            Block(
                role: role, runs: [Run(text: text)], marker: nil, indent: 0, listDepth: 0, quoteDepth: 0,
                spaceBefore: true, location: location)
        }

        /// The block's words as plain text.
        public var text: String {
            runs.map(\.text).joined()
        }
    }

    /// What the printed flyer opens with: the candidate's name, the office, election day.
    public struct Masthead: Sendable {
        public var name: String
        public var office: String
        /// "Vote Tuesday, November 3, 2026", when the campaign gives its election day.
        public var election: String?
        /// The candidate's portrait, beside the name.
        public var photo: Picture? = nil
    }

    /// What the printed flyer ends with: where to act, and who paid.
    public struct CallToAction: Sendable {
        /// The site's address as printed (`janedoe.example`) and as linked and encoded in the QR code.
        public var printedAddress: String?
        public var link: String?
        public var contact: String?
        /// "Paid for by …", set apart in a box.
        public var disclaimer: String?
    }

    public var blocks: [Block]
    public var settings: FlyerSettings
    public var masthead: Masthead
    public var callToAction: CallToAction
}
