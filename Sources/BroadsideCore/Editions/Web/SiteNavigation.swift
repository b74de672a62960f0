/// The site's navigation: every page in source order, the current one marked for assistive technology
/// and styles. Every page of the site carries it, so each entry is made once, as bytes, in both its
/// forms; a page's navigation is then a few copies (made for each page, it was a tenth of the site's
/// time at a hundred pages).
struct SiteNavigation: Sendable {
    private struct Entry {
        var fileName: String
        var html: [UInt8]
        var currentHTML: [UInt8]
    }

    private let entries: [Entry]
    private static let start = Array("<nav class=\"site-nav\" aria-label=\"Pages\">\n<ul>\n".utf8)
    private static let end = Array("</ul>\n</nav>\n".utf8)

    init(_ pages: [Page]) {
        entries = pages.map { page in
            let name = HTMLText.escape(page.name)
            return Entry(
                fileName: page.fileName, html: Array("<li><a href=\"\(page.fileName)\">\(name)</a></li>\n".utf8),
                currentHTML: Array("<li><a href=\"\(page.fileName)\" aria-current=\"page\">\(name)</a></li>\n".utf8))
        }
    }

    /// Appends the navigation, with `current` (a page's file name) marked when it is one of the pages.
    func append(current: String?, to html: inout [UInt8]) {
        html += Self.start
        for entry in entries {
            html += entry.fileName == current ? entry.currentHTML : entry.html
        }
        html += Self.end
    }
}
