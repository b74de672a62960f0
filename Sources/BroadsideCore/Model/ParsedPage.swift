/// One page with its Markdown parsed and checked: a cmark tree for each block of each section. It
/// lives while the editions take the page, on the build's thread (`MarkdownDocument` says why).
struct ParsedPage {
    /// The page's place in the campaign: 0 for the home page.
    let index: Int
    let page: Page
    /// The trees of the page's blocks, section by section, in the order of `page.sections`.
    let documents: [[MarkdownDocument]]
    var diagnostics: Diagnostics
    var pendingLinks: [PendingLink]
    /// The pictures its Markdown shows, read and checked, by their paths (which the picture nodes'
    /// URLs now hold).
    var pictures: [String: Picture] = [:]

    var isHome: Bool { index == 0 }

    /// A section that an edition shows, with the trees of the blocks it carries there.
    struct EditionSection {
        let section: Section
        let blocks: [Block]
        let documents: [MarkdownDocument]
    }

    /// The sections of which `edition` shows something, each with the blocks it carries.
    func sections(in edition: Edition) -> [EditionSection] {
        zip(page.sections, documents).compactMap { section, documents in
            guard section.appears(in: edition) else { return nil }
            let indices = section.blockIndices(in: edition)
            return EditionSection(
                section: section, blocks: indices.map { section.blocks[$0] }, documents: indices.map { documents[$0] })
        }
    }
}
