/// One of the editions a campaign is published in, as the registry lists them (`EditionRegistry`):
/// the website, the flyer, the email, and whatever is added there. Staff name it in `only in:`.
public struct Edition: Hashable, Sendable, CustomStringConvertible {
    /// The edition's place in the registry.
    let index: Int

    /// The name staff write in `only in:` and `not in:` (`web`, `flyer`, `email`).
    public var name: String { EditionRegistry.renderers[index].name }

    public var description: String { name }

    /// Every edition, in the registry's order.
    public static var all: [Edition] { EditionRegistry.renderers.indices.map(Edition.init(index:)) }

    /// The website: the edition every `page:` link points into, since a page's address is its file on
    /// the site, whichever edition prints the link.
    public static var site: Edition { named(WebEdition.name)! }

    /// The edition named `name`, if the registry has one.
    public static func named(_ name: String) -> Edition? {
        EditionRegistry.renderers.firstIndex { $0.name == name }.map(Edition.init(index:))
    }
}

/// A set of editions: which ones carry a page, a section, a heading or a block.
public struct EditionSet: Hashable, Sendable {
    private var bits: UInt64

    private init(bits: UInt64) {
        self.bits = bits
    }

    public init(_ editions: [Edition]) {
        bits = editions.reduce(0) { $0 | 1 << UInt64($1.index) }
    }

    public static let none = EditionSet(bits: 0)
    /// Every edition the registry has.
    public static var all: EditionSet { EditionSet(Edition.all) }

    public var isEmpty: Bool { bits == 0 }

    public func carries(_ edition: Edition) -> Bool {
        bits & 1 << UInt64(edition.index) != 0
    }

    public func intersection(_ other: EditionSet) -> EditionSet {
        EditionSet(bits: bits & other.bits)
    }

    public func subtracting(_ other: EditionSet) -> EditionSet {
        EditionSet(bits: bits & ~other.bits)
    }

    public mutating func remove(_ edition: Edition) {
        bits &= ~(1 << UInt64(edition.index))
    }

    public mutating func insert(_ edition: Edition) {
        bits |= 1 << UInt64(edition.index)
    }

    /// The editions in the set, in the registry's order.
    public var editions: [Edition] { Edition.all.filter(carries) }
}

extension EditionSet: ExpressibleByArrayLiteral {
    public init(arrayLiteral editions: Edition...) {
        self.init(editions)
    }
}
