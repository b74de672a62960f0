/// `404.html`, which static hosts show for an address the site does not have: the site's own shell,
/// so a reader who followed a stale link still finds the navigation.
struct NotFoundPage {
    let shell: PageShell

    func html() -> String {
        let words = shell.context.words
        let title = words.pageNotFound
        var html = shell.open(
            PageShell.Head(
                title: words.title(title, site: shell.context.candidateForOffice),
                description: shell.context.metadata.tagline, canonicalURL: nil, currentFile: nil))
        html += """
            <h1>\(HTMLText.escape(title))</h1>
            <p>\(HTMLText.escape(words.pageNotFoundBeforeLink))
            <a href="index.html">\(HTMLText.escape(words.homePage))</a> \(HTMLText.escape(words.pageNotFoundAfterLink))</p>

            """
        return html + shell.close()
    }
}
