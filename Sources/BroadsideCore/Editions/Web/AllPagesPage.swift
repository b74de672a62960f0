/// `all-pages.html`, on a site with more pages than its navigation lists: every page, in source order.
struct AllPagesPage {
    let shell: PageShell

    func html() -> String {
        let title = shell.context.words.allPages
        var html = shell.open(
            PageShell.Head(
                title: shell.context.words.title(title, site: shell.context.candidateForOffice),
                description: shell.context.metadata.tagline,
                canonicalURL: shell.publicURL(of: SiteNavigation.indexFileName),
                currentFile: SiteNavigation.indexFileName))
        html += "<h1>\(HTMLText.escape(title))</h1>\n" + shell.navigation.fullList()
        return html + shell.close()
    }
}
