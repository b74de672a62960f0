/// Parses the Markdown of one page with cmark and checks it: links settled (`page:` and `#section`
/// links made into the site's addresses, `pending:` links made into words), pictures, raw HTML and
/// unclosed code fences reported, subheadings nested under the section's heading.
struct PageParser {
    let source: SourceText
    let pages: [Page]
    private let targets: LinkTargets
    private let pictures: PictureLoader

    init(source: SourceText, pages: [Page], pictures: PictureLoader) {
        self.source = source
        self.pages = pages
        self.targets = LinkTargets(pages: pages)
        self.pictures = pictures
    }

    /// Parses and checks the page at `index`.
    func parse(_ index: Int) -> ParsedPage {
        let page = pages[index]
        var diagnostics = Diagnostics()
        var pendingLinks: [PendingLink] = []
        var shown: [String: Picture] = [:]
        let documents = page.sections.map { section in
            let documents = section.blocks.map { block in
                let document = MarkdownDocument(lines: block.markdown.lines)
                var checker = BodyChecker(
                    body: block.markdown, source: source, targets: targets, currentPage: page, pictures: pictures)
                checker.check(document, diagnostics: &diagnostics)
                pendingLinks += checker.pendingLinks
                shown.merge(checker.pictures) { first, _ in first }
                return document
            }
            SubheadingLevels.nest(documents)
            return documents
        }
        return ParsedPage(
            index: index, page: page, documents: documents, diagnostics: diagnostics, pendingLinks: pendingLinks,
            pictures: shown)
    }
}
