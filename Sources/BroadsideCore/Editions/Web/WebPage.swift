/// One page of the website: its sections around cmark's HTML for their bodies, in the site's shell.
struct WebPage {
    let shell: PageShell
    let parsed: ParsedPage

    init(shell: PageShell, page: ParsedPage) {
        self.shell = shell
        self.parsed = page
    }

    private var context: EditionContext { shell.context }
    private var page: Page { parsed.page }
    private var metadata: Metadata { context.metadata }

    func html() -> String {
        var html = shell.open(
            PageShell.Head(
                title: context.words.title(page.name, site: context.candidateForOffice),
                description: page.description ?? metadata.tagline,
                canonicalURL: shell.publicURL(of: page.fileName), currentFile: page.fileName,
                translatedFile: page.fileName))
        html += pageHeading()
        for (index, entry) in parsed.sections(in: context.edition).enumerated() {
            // Pictures past the first section are below the first screenful: fetched as they come near.
            html += section(entry.section, documents: entry.documents, lazyPictures: index > 0)
        }
        return html + shell.close()
    }

    /// One `h1` a page: on the home page the candidate, with the tagline; elsewhere the page's name.
    private func pageHeading() -> String {
        if parsed.isHome {
            let words = """
                <h1>\(HTMLText.escape(metadata.candidate))</h1>
                <p class="tagline">\(HTMLText.escape(metadata.tagline))</p>
                """
            guard let photo = metadata.photo else { return "<div class=\"intro\">\n\(words)\n</div>\n" }
            let portrait = SitePictures.img(
                photo, alt: context.words.photoOf(metadata.candidate), placement: .portrait, lazy: false,
                className: "portrait", root: context.languages.siteRoot)
            return "<div class=\"intro with-portrait\">\n\(portrait)\n<div>\n\(words)\n</div>\n</div>\n"
        }
        return "<h1>\(HTMLText.escape(page.name))</h1>\n"
    }

    /// A section with its anchor. When the staff hid its heading from the site but its text has
    /// subheadings, the heading stays for screen readers only, so the outline has no gap.
    private func section(_ section: Section, documents: [MarkdownDocument], lazyPictures: Bool) -> String {
        // A section with no translation into this language is shown in the original, and says so.
        let language = section.language.map { " lang=\"\(HTMLText.escape($0))\"" } ?? ""
        var html = "<section id=\"\(HTMLText.escape(section.id))\"\(language)>\n"
        let bodies = documents.map { document in
            // Most pages show no picture: their bodies are cmark's HTML as it is.
            guard !parsed.pictures.isEmpty else { return document.html() }
            return document.html { node in
                guard let picture = parsed.pictures[node.url] else { return HTMLText.escape(node.plainText) }
                return SitePictures.img(
                    picture, alt: node.plainText, title: node.title, placement: .inText,
                    lazy: lazyPictures, root: context.languages.siteRoot)
            }
        }
        if section.showsHeading(in: context.edition) {
            html += "<h2>\(HTMLText.escape(section.name))</h2>\n"
        } else if bodies.contains(where: { $0.contains("<h3") }) {
            html += "<h2 class=\"visually-hidden\">\(HTMLText.escape(section.name))</h2>\n"
        }
        for body in bodies { html += body }
        return html + "</section>\n"
    }
}
