/// The email: plain text that reads well in any mail program. The subject on top, headings underlined,
/// paragraphs wrapped at 72 characters, list items with hanging indents, links as numbered references
/// listed at the end, and a footer from the metadata: `email.txt`. The same text and an HTML version
/// (`EmailHTML`) make `email.eml`, a ready-to-send message (`EmailMessage`); the HTML alone is
/// `email.html`, for a mailing tool, and, with the site's address, the site keeps a copy that the email
/// links to for readers whose mail program mangles it.
struct EmailEdition: EditionRenderer {
    static let name = "email"
    static let summary = "the email: text and message"
    static let textFile = "email.txt"
    static let messageFile = "email.eml"
    static let htmlFile = "email.html"
    /// The site's copy, linked from nowhere but the email itself.
    static let siteCopy = "site/email/index.html"
    /// The site's copy within a language's site folder.
    static let siteCopyInSite = "email/index.html"
    static let outputs = [textFile, messageFile, htmlFile, siteCopy]

    /// The width of the email's lines, in characters (an address longer than this stands on its own line).
    static let width = 72

    private let context: EditionContext
    private var layout = TextLayout(width: EmailEdition.width)
    private var html: EmailHTML
    private var references = LinkReferences()

    var builtSummary: String {
        [Self.textFile, Self.messageFile, Self.htmlFile].map(context.languages.fileName).joined(separator: ", ")
    }

    init(_ context: EditionContext, diagnostics: inout Diagnostics) {
        self.context = context
        if context.campaign.email.from == nil {
            diagnostics.warning(
                "no sender address for the email: email.eml has no From line", at: context.campaign.email.location,
                notes: [
                    Diagnostic.Note(
                        "add an `email` block with `  from: Name <address@example.org>` to send it as it is")
                ])
        }
        if context.metadata.address == nil {
            diagnostics.warning(
                "no postal address for the email: bulk senders are expected to print one in every email",
                at: context.metadata.location,
                notes: [Diagnostic.Note("add `  address: …` under `campaign`; the email's footer then carries it")])
        }
        html = EmailHTML(context)
        if let address = Self.siteCopyAddress(context) {
            layout.out("\(context.words.viewInBrowser): \(address)", wrap: false)
            layout.blankLine()
        }
        layout.out(context.candidateForOffice, wrap: true)
        layout.cr()
        layout.out(context.metadata.tagline, wrap: true)
        if let date = context.metadata.election {
            layout.cr()
            layout.out(context.words.voteOn(date), wrap: true)
        }
    }

    /// Pictures the email's HTML leaves out for want of a site to load them from, and where the first is.
    private var picturesLeftOut = 0
    private var firstPictureLeftOut: SourceLocation?

    mutating func add(_ page: ParsedPage, diagnostics: inout Diagnostics) {
        let sections = page.sections(in: context.edition)
        html.add(page, sections: sections)
        if context.metadata.siteURL == nil && !page.pictures.isEmpty {
            for node in sections.flatMap(\.documents).flatMap(\.pictureNodes) {
                picturesLeftOut += 1
                if firstPictureLeftOut == nil { firstPictureLeftOut = page.pictures[node.url]?.location }
            }
        }
        guard !sections.isEmpty else { return }
        var renderer = EmailNodeRenderer(metadata: context.metadata, references: references)
        layout.blankLine()
        if !page.isHome {
            Self.heading(page.page.name, underline: "=", overline: true, into: &layout)
        }
        for entry in sections {
            if entry.section.showsHeading(in: context.edition) {
                layout.blankLine()
                Self.heading(entry.section.name, underline: "=", into: &layout)
            }
            for document in entry.documents {
                layout.blankLine()
                layout.render(document, with: &renderer)
            }
        }
        references = renderer.references
    }

    mutating func finish(diagnostics: inout Diagnostics) -> [OutputFile] {
        if picturesLeftOut > 0 {
            diagnostics.note(
                "the email leaves out its \(picturesLeftOut == 1 ? "picture" : "\(picturesLeftOut) pictures"): without a `site:` address, mail programs have nowhere to load \(picturesLeftOut == 1 ? "it" : "them") from; add `  site: https://…` under `campaign` to show \(picturesLeftOut == 1 ? "it" : "them")",
                at: firstPictureLeftOut ?? context.metadata.location)
        }
        if !context.metadata.actions.isEmpty {
            layout.blankLine()
            for action in context.metadata.actions {
                layout.out("\(action.words(context.words)): \(action.target)", wrap: false)
                layout.cr()
            }
        }
        if !references.addresses.isEmpty {
            layout.blankLine()
            Self.heading(context.words.links, underline: "=", into: &layout)
            layout.blankLine()
            for (offset, address) in references.addresses.enumerated() {
                layout.out("[\(offset + 1)] \(address)", wrap: false)
                layout.cr()
            }
        }
        let footer = Array(footer().utf8)
        var text = Array("\(context.words.subject): \(context.campaign.email.subject)\n\n".utf8)
        text += layout.finishedText(flowed: false)
        text += footer
        var flowed = layout.finishedText(flowed: true)
        flowed += footer
        layout = TextLayout(width: Self.width)
        let mailHTML = Array(html.document(.mail).utf8)
        var files = [
            OutputFile(path: context.languages.fileName(Self.textFile), contents: text),
            OutputFile(path: context.languages.fileName(Self.htmlFile), contents: mailHTML),
        ]
        files.append(
            OutputFile(
                path: context.languages.fileName(Self.messageFile),
                contents: EmailMessage.bytes(
                    context, flowedText: consume flowed, html: mailHTML, date: context.options.sourceDateEpoch)))
        if context.metadata.siteURL != nil {
            files.append(
                OutputFile(path: "\(context.languages.siteFolder)/\(Self.siteCopyInSite)", text: html.document(.site)))
        }
        return files
    }

    /// The public address of the site's copy of the email, when the site's address is known.
    static func siteCopyAddress(_ context: EditionContext) -> String? {
        context.metadata.publicAddress(
            of: context.languages.rootPath(of: siteCopyInSite, in: context.languages.current))
    }

    /// What the email's footer says under who it is from: the contact line, the postal address and the
    /// disclaimer, those given.
    static func footerLines(_ context: EditionContext) -> [String] {
        [context.metadata.contact, context.metadata.address, context.disclaimer].compactMap { $0 }
    }

    /// The signature: the separator "-- " (RFC 3676 §4.3, whose trailing space mail programs look for),
    /// then who the email is from, the footer lines and where to unsubscribe; nothing when none is given.
    private func footer() -> String {
        var lines = Self.footerLines(context)
        if let unsubscribe = context.campaign.email.unsubscribe {
            lines.append("\(context.words.unsubscribe): \(unsubscribe.target)")
        }
        guard !lines.isEmpty else { return "" }
        var layout = TextLayout(width: Self.width)
        layout.out(context.candidateForOffice, wrap: true)
        for line in lines {
            layout.cr()
            layout.out(line, wrap: true)
        }
        return "\n-- \n" + layout.finish()
    }

    static func heading(_ text: String, underline: Character, overline: Bool = false, into layout: inout TextLayout) {
        if overline {
            layout.out(String(repeating: underline, count: min(width, text.count)), wrap: false)
            layout.cr()
        }
        let mark = layout.mark
        layout.out(text, wrap: true)
        layout.underline(since: mark, with: underline)
    }
}

/// The email's choices for each Markdown node.
struct EmailNodeRenderer: TextNodeRenderer {
    let metadata: Metadata
    /// The numbers of the link addresses listed under the email, given to each link as it ends.
    var references: LinkReferences
    private var blocks = TextBlocks()
    private var headingMark = 0

    init(metadata: Metadata, references: LinkReferences) {
        self.metadata = metadata
        self.references = references
    }

    mutating func render(_ node: MarkdownNode, entering: Bool, into layout: inout TextLayout) -> Bool {
        switch node.kind {
        case .document, .customBlock, .customInline, .image:
            break
        case .paragraph:
            // A picture among words stands as its alt text; pictures alone are left out.
            if entering && node.holdsOnlyPictures { return false }
            blocks.paragraph(node, entering: entering, into: &layout)
        case .heading:
            if entering {
                layout.blankLine()
                headingMark = layout.mark
            } else {
                layout.underline(since: headingMark, with: "-")
                layout.blankLine()
            }
        case .list:
            blocks.list(node, entering: entering, into: &layout)
        case .item:
            blocks.item(node, entering: entering, into: &layout)
        case .blockQuote:
            blocks.blockQuote(entering: entering, into: &layout)
        case .codeBlock:
            blocks.codeBlock(node, into: &layout)
        case .thematicBreak:
            blocks.thematicBreak(into: &layout)
        case .text, .code:
            blocks.text(node, into: &layout)
        case .softBreak:
            blocks.softBreak(into: &layout)
        case .lineBreak:
            blocks.lineBreak(into: &layout)
        case .emphasis:
            layout.out("_", wrap: false)
        case .strong:
            layout.out("*", wrap: false)
        case .link:
            if !entering,
                let address = EmailAddresses.published(node.url, words: node.plainText, metadata: metadata)
            {
                layout.out(" [\(references.number(for: address))]", wrap: false)
            }
        case .htmlBlock, .htmlInline:
            // Raw HTML is refused when the campaign is read; should any reach here, print none of it.
            return false
        }
        return true
    }
}

/// Where a link in an email leads: mail is read away from the site, so a link to one of its own pages
/// needs the site's public address.
enum EmailAddresses {
    /// The full address of a link target, or nil when it has none (a link to the site, with no `site:`).
    static func absolute(_ url: String, metadata: Metadata) -> String? {
        WebAddress.scheme(of: url) != nil ? url : metadata.publicAddress(of: url)
    }

    /// The address to list under a link's words, or nil when the words already say it or there is none.
    static func published(_ url: String, words: String, metadata: Metadata) -> String? {
        if url == words || url == "mailto:\(words)" || url == "tel:\(words)" { return nil }
        return absolute(url, metadata: metadata)
    }
}
