/// A campaign, read and checked: everything the editions need, and nothing about how the source was written.
public struct Campaign: Sendable {
    public var metadata: Metadata
    public var email: EmailSettings
    public var flyer: FlyerSettings
    /// The pages in source order; the first is the website's home page.
    public var pages: [Page]
    /// Links whose target is not written yet, in source order, once the pages' bodies are checked.
    /// Each edition shows their words only.
    public var pendingLinks: [PendingLink] = []
    /// The words the editions print, given in the source for languages Broadside has no table for
    /// (`words zh-Hans` blocks), by language in lowercase.
    var customWords: [String: SettingsBlock] = [:]
    /// The words each edition set prints, by language in lowercase (`CustomWords.resolve`).
    var words: [String: Words] = [:]

    /// Every language the campaign is published in, the original first.
    public var languages: [String] { [metadata.originalLanguage] + metadata.translations }
}

/// Facts about the campaign, from the `campaign` block.
public struct Metadata: Sendable {
    public var candidate: String
    public var office: String
    public var tagline: String
    /// A BCP 47 language tag such as `en` or `es-US`: the language the source is written in.
    public var language: String
    /// The other languages the campaign is published in (`translations: es, zh-Hans`), as written.
    public var translations: [String] = []
    /// Where `translations:` is written.
    var translationsLocation: SourceLocation? = nil
    /// What another language's editions do with what is not translated (`untranslated:`).
    public var untranslated: UntranslatedChoice = .original
    /// The language the source is written in, whichever language's editions this is for.
    public var originalLanguage: String {
        get { originalLanguageTag ?? language }
        set { originalLanguageTag = newValue }
    }
    var originalLanguageTag: String? = nil
    /// Values given in other languages (`office in es:`), by language in lowercase, then by key.
    var translatedValues: [String: [String: String]] = [:]
    /// The site's public address (`https://…`, no trailing slash), when given.
    public var siteURL: String?
    /// A line of contact details for the editions' footers, when given.
    public var contact: String?
    /// Who paid for the material (the `paid for by:` key), when given.
    public var paidForBy: String?
    /// The campaign's postal address (the `address:` key), which bulk email is expected to carry.
    public var address: String? = nil
    /// Whether the build keeps quiet about links whose page is not written yet (`pending links: quiet`).
    public var quietPendingLinks = false
    /// What the campaign asks readers to do (`donate:`, `volunteer:`), in that order: buttons on the
    /// site and in the email, words with their addresses in the text editions and on the flyer.
    public var actions: [CampaignAction] = []
    /// Election day (the `election:` key), when given: the flyer says "Vote Tuesday, November 3, 2026".
    public var election: ElectionDate? = nil
    /// The candidate's portrait (the `photo:` key), read and checked: in the site's home page header,
    /// the flyer's masthead and the share card.
    public var photo: Picture? = nil
    /// The `photo:` value as written, until the picture is read.
    var photoName: Located<String>? = nil
    /// Where the `campaign` block starts, for diagnostics about missing metadata.
    public var location: SourceLocation

    /// The public address of a picture's largest copy on the site, when the site's address is known.
    public func publicAddress(ofPicture picture: Picture) -> String? {
        siteURL.map { "\($0)/\(WebAddress.pathEncoded(picture.largestSiteFile))" }
    }

    /// The public address of a file of the site (`plans.html`, `index.html#help`), when the site's
    /// address is known. The home page is the site's address itself.
    public func publicAddress(of file: String) -> String? {
        guard let siteURL else { return nil }
        // A folder's home page is the folder's address: `es/index.html#help` is `es/#help`.
        var path = WebAddress.percentEncoded(file)
        let fragment = path.firstIndex(of: "#").map { String(path[$0...]) } ?? ""
        path = String(path.prefix { $0 != "#" })
        if path == "index.html" || path.hasSuffix("/index.html") { path.removeLast("index.html".count) }
        return "\(siteURL)/\(path)\(fragment)"
    }
}

/// How the email is sent, from the `email` block.
public struct EmailSettings: Sendable {
    public var subject: String
    /// The preview line mail programs show beside the subject, when given.
    public var preheader: String?
    public var from: Mailbox?
    public var replyTo: Mailbox?
    /// Where a reader unsubscribes, when given.
    public var unsubscribe: Unsubscribe?
    /// Where the `email` block starts (or the `campaign` block, when there is none).
    public var location: SourceLocation
    /// `subject in es:` and `preheader in es:`, by language in lowercase, then by key.
    var translatedValues: [String: [String: String]] = [:]
    /// Whether the subject is Broadside's "Candidate for Office", for want of an `email` block: each
    /// language then says it in its own words.
    var subjectIsDefault = false

    public init(
        subject: String, preheader: String? = nil, from: Mailbox? = nil, replyTo: Mailbox? = nil,
        unsubscribe: Unsubscribe? = nil, location: SourceLocation
    ) {
        self.subject = subject
        self.preheader = preheader
        self.from = from
        self.replyTo = replyTo
        self.unsubscribe = unsubscribe
        self.location = location
    }
}

/// Where a reader of the email unsubscribes: an address the campaign runs (an https page or a
/// `mailto:`), or the placeholder a mailing tool replaces with each reader's own link.
public enum Unsubscribe: Sendable, Hashable {
    case address(String)
    case placeholder(String)

    /// The placeholders of the mailing tools Broadside knows, as the tools write them.
    public static let placeholders = ["*|UNSUB|*", "{{ unsubscribe_url }}", "%unsubscribe_url%"]

    /// The longest address the `List-Unsubscribe` header can carry on one line (998 bytes at most).
    public static let longestAddress = 900

    /// Reads an `unsubscribe:` value: an https address, a `mailto:` address, or a known placeholder.
    public init?(parsing value: String) {
        if Self.placeholders.contains(value) {
            self = .placeholder(value)
        } else if value.utf8.count <= Self.longestAddress, WebAddress.scheme(of: value) == "https",
            WebAddress.isAbsoluteHTTP(value), WebAddress.ascii(value) != nil
        {
            self = .address(value)
        } else if value.utf8.count <= Self.longestAddress, WebAddress.scheme(of: value) == "mailto",
            Mailbox(parsing: String(value.dropFirst(7))) != nil
        {
            self = .address(value)
        } else {
            return nil
        }
    }

    /// The address as a mail header carries it, in ASCII: the domain in IDNA, anything else outside
    /// ASCII percent-encoded. Nil for a placeholder.
    public var headerAddress: String? {
        guard case .address(let address) = self else { return nil }
        if WebAddress.scheme(of: address) == "mailto", let mailbox = Mailbox(parsing: String(address.dropFirst(7))) {
            return "mailto:" + mailbox.address
        }
        return WebAddress.ascii(address)
    }

    /// Whether it is an address the campaign runs (not a placeholder).
    public var isAddress: Bool {
        if case .address = self { true } else { false }
    }

    /// What the email links to: the address, or the placeholder the tool replaces.
    public var target: String {
        switch self {
        case .address(let address), .placeholder(let address): address
        }
    }
}

/// How the flyer is printed, from the `flyer` block.
public struct FlyerSettings: Sendable {
    public enum Paper: String, CaseIterable, Sendable {
        case letter
        case a4
        case halfLetter = "half-letter"
    }

    public var paper: Paper = .letter
    /// The text flyer's page budget, in lines.
    public var lines = 60
    /// The text flyer's width, in characters.
    public var columns = 72
    /// Whether a flyer that no longer fits one page fails the build instead of drawing a warning.
    public var overflowIsError = false
    /// How many sides the printed flyer may take: 2 (front and back) unless `sides: 1`.
    public var sides = 2
    /// `qr source: flyer`: the QR code's link carries `?utm_source=flyer`, so that the site's statistics
    /// can count the visits that came from the flyer. The printed address stays as people type it.
    public var qrSource: String?
    /// The one colour of the printed flyer (its masthead rule, election line and address), red, green
    /// and blue from 0 to 1: a dark blue unless `accent: #rrggbb` says otherwise.
    public var accent = (red: 0.09, green: 0.25, blue: 0.55)
    /// Where the `flyer` block starts (or the `campaign` block, when there is none).
    public var location: SourceLocation
}

public struct Page: Sendable {
    public var name: String
    /// The name in `[a-z0-9-]`, used in `page:` links.
    public var slug: String
    /// The website file of this page: `index.html` for the first page, `SLUG.html` for the others.
    public var fileName: String
    /// What search engines and link previews show for the page (the tagline when not given).
    public var description: String?
    public var location: SourceLocation
    public var sections: [Section]
    /// The editions that carry the page at all (`only in:` under its `page` line, and the email
    /// block's `pages:`); its sections' and blocks' editions are always within them.
    public var editions: EditionSet = .all
    /// `name in es:` and `description in es:`, by language in lowercase.
    var translatedNames: [String: Located<String>] = [:]
    var translatedDescriptions: [String: String] = [:]

    /// Takes `edition` off the page, its sections and its blocks.
    mutating func remove(_ edition: Edition) {
        editions.remove(edition)
        for index in sections.indices {
            sections[index].editions.remove(edition)
            sections[index].headingEditions.remove(edition)
            for block in sections[index].blocks.indices { sections[index].blocks[block].editions.remove(edition) }
        }
    }
}

public struct Section: Sendable {
    /// The section's heading.
    public var name: String
    /// The anchor of the section on its page, in `[a-z0-9-]`.
    public var id: String
    public var location: SourceLocation
    /// The editions that carry the section at all.
    public var editions: EditionSet
    /// The editions that show the heading (always within `editions`).
    public var headingEditions: EditionSet
    public var blocks: [Block]
    /// The section in other languages (`in es: Calles seguras`), by language in lowercase.
    public var translations: [String: SectionTranslation] = [:]
    /// The language the section is written in when it is not the edition's own: a section with no
    /// translation, shown in the original language in another language's editions.
    public var language: String? = nil
    /// A fingerprint of the section as written in the original language (its heading and text): what a
    /// translation records it was made from.
    public var fingerprint = ""

    /// The blocks that `edition` carries, in order.
    public func blocks(in edition: Edition) -> [Block] {
        blockIndices(in: edition).map { blocks[$0] }
    }

    /// Where in `blocks` the blocks that `edition` carries stand, in order.
    public func blockIndices(in edition: Edition) -> [Int] {
        editions.carries(edition) ? blocks.indices.filter { blocks[$0].editions.carries(edition) } : []
    }

    public func showsHeading(in edition: Edition) -> Bool {
        headingEditions.carries(edition)
    }

    /// Whether `edition` shows anything of the section.
    public func appears(in edition: Edition) -> Bool {
        // Asked of every section of every page: without making `blocks(in:)` to see whether it is empty.
        showsHeading(in: edition) || (editions.carries(edition) && blocks.contains { $0.editions.carries(edition) })
    }
}

/// A section in another language: its heading and its text, which the section's editions carry.
public struct SectionTranslation: Sendable {
    /// The language as the source writes it (`es`, `zh-Hans`).
    public var language: String
    public var name: String
    public var blocks: [Block]
    /// Where `in es:` stands.
    public var location: SourceLocation
    /// The fingerprint of the original it was made from (`translated from:`), and where that is written.
    public var recordedFrom: String?
    var recordedLocation: SourceLocation?
    /// The source line of `in es:`, under which `broadside translations --mark-current` writes.
    var line: Int
}

/// A run of Markdown that the same editions carry. Its text is parsed by cmark when its page is
/// built (`PageParser`), so that a large campaign never holds every tree at once.
public struct Block: Sendable {
    /// The editions that carry the block (always within its section's editions).
    public var editions: EditionSet
    public var markdown: MarkdownLines
    public var location: SourceLocation
}

/// The lines of a block's Markdown as they stand in the source, with the section's indentation removed.
public struct MarkdownLines: Sendable {
    /// The lines, without their line ends: views of the source text, not copies.
    var lines: [Substring]
    /// The line number of the first line in the source.
    var firstLine: Int
    /// How many spaces were removed from each line.
    var indent: Int

    /// The Markdown as one text, as cmark reads it.
    public var text: String { lines.joined(separator: "\n") }
}

/// A link written with `pending:`: its words are published, its target is not written yet.
public struct PendingLink: Sendable, Hashable {
    /// The words of the link.
    public var text: String
    /// What follows `pending:`, naming the page to come.
    public var note: String
    public var location: SourceLocation
}

/// A call to action: donate or volunteer, and where to do it (an https address, mailto: or tel:).
public struct CampaignAction: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case donate, volunteer
    }

    public var kind: Kind
    public var target: String

    /// "Donate", "Volunteer", in the campaign's language.
    public func words(_ words: Words) -> String {
        switch kind {
        case .donate: words.donate
        case .volunteer: words.volunteer
        }
    }

    /// Whether `target` is an address a reader can follow: a complete http(s) address, an e-mail
    /// address as `mailto:`, or a phone number as `tel:`.
    public static func isTarget(_ target: String) -> Bool {
        switch WebAddress.scheme(of: target) {
        case "http", "https": WebAddress.isAbsoluteHTTP(target)
        case "mailto": Mailbox(parsing: String(target.dropFirst("mailto:".count))) != nil
        case "tel": target.count > 4 && target.dropFirst(4).allSatisfy { $0.isNumber || "+-. ()".contains($0) }
        default: false
        }
    }
}
