/// Parses the Markdown of one page with cmark and checks it: links settled (`page:` and `#section`
/// links made into the site's addresses, `pending:` links made into words), pictures, raw HTML and
/// unclosed code fences reported, subheadings nested under the section's heading.
///
/// Pages are independent of each other, so they are parsed side by side, and a page's trees live only
/// as long as its editions take to be made: a large campaign never holds every tree at once.
struct PageParser: Sendable {
    let source: SourceText
    let pages: [Page]
    private let targets: LinkTargets

    init(source: SourceText, pages: [Page]) {
        self.source = source
        self.pages = pages
        self.targets = LinkTargets(pages: pages)
    }

    /// Parses and checks the page at `index`. With `settlingHTML`, cmark's HTML of every block the
    /// site or the email carries is made too, once for both.
    func parse(_ index: Int, settlingHTML: Bool = false) -> ParsedPage {
        let page = pages[index]
        var diagnostics = Diagnostics()
        var pendingLinks: [PendingLink] = []
        let arena = MarkdownArena()
        let documents = arena.entered {
            page.sections.map { section in
                let documents = section.blocks.map { block in
                    let document = MarkdownDocument(lines: block.markdown.lines, arena: arena)
                    var checker = BodyChecker(body: block.markdown, source: source, targets: targets, currentPage: page)
                    checker.check(document, diagnostics: &diagnostics)
                    pendingLinks += checker.pendingLinks
                    return document
                }
                SubheadingLevels.nest(documents)
                if settlingHTML {
                    for (block, document) in zip(section.blocks, documents)
                    where !block.editions.isDisjoint(with: [.web, .email]) {
                        document.settleHTML()
                    }
                }
                return documents
            }
        }
        for link in pendingLinks {
            diagnostics.warning(
                "the link “\(link.text)” has no target yet (pending:\(link.note)); its words are published without a link",
                at: link.location)
        }
        return ParsedPage(
            index: index, page: page, documents: documents, diagnostics: diagnostics, pendingLinks: pendingLinks)
    }
}

/// One page with its Markdown parsed and checked: a cmark tree for each block of each section.
struct ParsedPage: Sendable {
    /// The page's place in the campaign: 0 for the home page.
    let index: Int
    let page: Page
    /// The trees of the page's blocks, section by section, in the order of `page.sections`.
    let documents: [[MarkdownDocument]]
    var diagnostics: Diagnostics
    var pendingLinks: [PendingLink]

    /// A block with its tree.
    struct ParsedBlock {
        let block: Block
        let document: MarkdownDocument
    }

    /// A section that an edition shows, with the blocks it carries there. A class: editions go through
    /// a page's sections several times each, and a copy of a section and its blocks (their names,
    /// lines and trees) was a dozen retains and releases where a reference is one.
    final class EditionSection: Sendable {
        let section: Section
        let blocks: [ParsedBlock]
        /// The trees of `blocks`, for the editions that need nothing else of them.
        let documents: [MarkdownDocument]

        init(section: Section, blocks: [ParsedBlock]) {
            self.section = section
            self.blocks = blocks
            documents = blocks.map(\.document)
        }
    }

    /// The sections of which `edition` shows something, each with the blocks it carries.
    func sections(in edition: Edition) -> [EditionSection] {
        sectionsByEdition[Self.position(of: edition)]
    }

    /// The bytes of cmark's HTML of the blocks `edition` carries: what an edition sizes its share of
    /// the page from, before making it.
    func htmlByteCount(in edition: Edition) -> Int {
        sections(in: edition).reduce(0) { total, entry in
            entry.documents.reduce(total) { $0 + $1.htmlBytes().count }
        }
    }

    /// `sections(in:)` for each edition, in the order of `Edition.allCases`, worked out once: every
    /// edition asks for its own more than once.
    private let sectionsByEdition: [[EditionSection]]

    private static func position(of edition: Edition) -> Int {
        switch edition {
        case .web: 0
        case .flyer: 1
        case .email: 2
        }
    }

    init(index: Int, page: Page, documents: [[MarkdownDocument]], diagnostics: Diagnostics, pendingLinks: [PendingLink])
    {
        self.index = index
        self.page = page
        self.documents = documents
        self.diagnostics = diagnostics
        self.pendingLinks = pendingLinks
        func sections(in edition: Edition) -> [EditionSection] {
            zip(page.sections, documents).compactMap { section, documents in
                guard section.appears(in: edition) else { return nil }
                return EditionSection(
                    section: section,
                    blocks: section.blockIndices(in: edition).map {
                        ParsedBlock(block: section.blocks[$0], document: documents[$0])
                    })
            }
        }
        sectionsByEdition = [Edition.web, .flyer, .email].map(sections(in:))
    }
}
