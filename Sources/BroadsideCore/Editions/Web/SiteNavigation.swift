/// The site's navigation, the current page marked for assistive technology and styles. A site of up
/// to `listedPages` pages lists them all; a larger one lists its first pages, the current page, and a
/// link to `all-pages.html`, which lists every page: each page's navigation stays the same size, so
/// the site grows with its page count, not with its square.
struct SiteNavigation {
    static let listedPages = 12
    /// The page that lists every page, on a site too large to list them all on each.
    static let indexFileName = "all-pages.html"

    private let pages: [(fileName: String, name: String)]
    /// Where each file is in `pages`, so that a page of a large site finds itself at once.
    private let positions: [String: Int]
    private let label: String
    private let allPagesName: String

    init(_ pages: [Page], words: Words) {
        self.pages = pages.map { ($0.fileName, $0.name) }
        positions = Dictionary(pages.enumerated().map { ($1.fileName, $0) }, uniquingKeysWith: { first, _ in first })
        label = words.pagesNavigation
        allPagesName = words.allPages
    }

    /// Whether the site needs the page that lists every page.
    var needsIndex: Bool { pages.count > Self.listedPages }

    /// The navigation, with `current` (a page's file name) marked when it is one of the pages.
    func html(current: String?) -> String {
        var html = "<nav class=\"site-nav\" aria-label=\"\(HTMLText.escape(label))\">\n<ul>\n"
        guard needsIndex else {
            for page in pages { html += item(page.fileName, page.name, current: current) }
            return html + "</ul>\n</nav>\n"
        }
        for page in pages.prefix(Self.listedPages - 1) { html += item(page.fileName, page.name, current: current) }
        if let current, let index = positions[current], index >= Self.listedPages - 1 {
            html += item(pages[index].fileName, pages[index].name, current: current)
        }
        html += item(Self.indexFileName, allPagesName, current: current)
        return html + "</ul>\n</nav>\n"
    }

    /// Every page, as the list on `all-pages.html`.
    func fullList() -> String {
        var html = "<ul class=\"all-pages\">\n"
        for page in pages { html += item(page.fileName, page.name, current: nil) }
        return html + "</ul>\n"
    }

    private func item(_ fileName: String, _ name: String, current: String?) -> String {
        let marked = fileName == current ? " aria-current=\"page\"" : ""
        return
            "<li><a href=\"\(HTMLText.escape(WebAddress.percentEncoded(fileName)))\"\(marked)>\(HTMLText.escape(name))</a></li>\n"
    }
}
