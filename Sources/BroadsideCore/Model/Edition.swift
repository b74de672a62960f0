/// The editions a campaign is published in.
public enum Edition: String, CaseIterable, Sendable, Codable {
    /// The website: HTML pages.
    case web
    /// The printable flyer.
    case flyer
    /// The plain-text email.
    case email
}

/// A set of editions: which ones carry a section, a heading or a block.
public struct EditionSet: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    public init(_ edition: Edition) {
        switch edition {
        case .web: self = .web
        case .flyer: self = .flyer
        case .email: self = .email
        }
    }

    public static let web = EditionSet(rawValue: 1 << 0)
    public static let flyer = EditionSet(rawValue: 1 << 1)
    public static let email = EditionSet(rawValue: 1 << 2)
    public static let all: EditionSet = [.web, .flyer, .email]

    public func carries(_ edition: Edition) -> Bool {
        contains(EditionSet(edition))
    }
}
