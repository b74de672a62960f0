/// One page of the website, written around cmark's HTML for its bodies.
struct WebPage {
    let campaign: Campaign
    let page: Page

    private var metadata: Metadata { campaign.metadata }
    private var isHome: Bool { page.fileName == "index.html" }

    func html() -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="\(HTMLText.escape(metadata.language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(title))</title>
            <meta name="description" content="\(HTMLText.escape(metadata.tagline))">
            <link rel="stylesheet" href="\(WebEdition.stylesheetName)">
            </head>
            <body>
            <a class="skip-link" href="#main-content">Skip to main content</a>
            <header class="site-header">
            <p class="site-name"><a href="index.html">\(HTMLText.escape(metadata.candidate))</a></p>
            <p class="site-office">for \(HTMLText.escape(metadata.office))</p>
            </header>

            """
        html += navigation()
        html += "<main id=\"main-content\">\n"
        html += pageHeading()
        for section in page.sections where section.appears(in: .web) {
            html += sectionHTML(section)
        }
        html += "</main>\n"
        html += footer()
        html += "</body>\n</html>\n"
        return html
    }

    /// "Page — Candidate for Office"; the home page is the campaign itself.
    private var title: String {
        isHome ? "\(metadata.candidateForOffice) — \(metadata.tagline)" : "\(page.name) — \(metadata.candidateForOffice)"
    }

    private func navigation() -> String {
        var html = "<nav class=\"site-nav\" aria-label=\"Pages\">\n<ul>\n"
        for other in campaign.pages {
            let current = other.fileName == page.fileName ? " aria-current=\"page\"" : ""
            html += "<li><a href=\"\(other.fileName)\"\(current)>\(HTMLText.escape(other.name))</a></li>\n"
        }
        return html + "</ul>\n</nav>\n"
    }

    private func pageHeading() -> String {
        if isHome {
            return """
                <div class="intro">
                <h1>\(HTMLText.escape(metadata.candidate))</h1>
                <p class="tagline">\(HTMLText.escape(metadata.tagline))</p>
                </div>

                """
        }
        return "<h1>\(HTMLText.escape(page.name))</h1>\n"
    }

    private func sectionHTML(_ section: Section) -> String {
        var html = "<section id=\"\(section.id)\">\n"
        if section.showsHeading(in: .web) {
            html += "<h2>\(HTMLText.escape(section.name))</h2>\n"
        }
        for block in section.blocks(in: .web) {
            html += block.document.html()
        }
        return html + "</section>\n"
    }

    private func footer() -> String {
        var html = "<footer class=\"site-footer\">\n<p>\(HTMLText.escape(metadata.candidateForOffice))</p>\n"
        if let contact = metadata.contact {
            html += "<p>\(HTMLText.escape(contact))</p>\n"
        }
        return html + "</footer>\n"
    }
}
