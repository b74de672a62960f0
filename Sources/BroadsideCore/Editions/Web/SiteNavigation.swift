/// The site's navigation: every page in source order, the current one marked for assistive technology
/// and styles.
struct SiteNavigation {
    private let pages: [(fileName: String, name: String)]
    private let label: String

    init(_ pages: [Page], words: Words) {
        self.pages = pages.map { ($0.fileName, $0.name) }
        label = words.pagesNavigation
    }

    /// The navigation, with `current` (a page's file name) marked when it is one of the pages.
    func html(current: String?) -> String {
        var html = "<nav class=\"site-nav\" aria-label=\"\(HTMLText.escape(label))\">\n<ul>\n"
        for page in pages {
            let marked = page.fileName == current ? " aria-current=\"page\"" : ""
            html +=
                "<li><a href=\"\(HTMLText.escape(WebAddress.percentEncoded(page.fileName)))\"\(marked)>\(HTMLText.escape(page.name))</a></li>\n"
        }
        return html + "</ul>\n</nav>\n"
    }
}
