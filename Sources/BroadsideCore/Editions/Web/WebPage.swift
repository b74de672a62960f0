/// One page of the website: its sections around cmark's HTML for their bodies, in the site's shell.
struct WebPage {
    let shell: PageShell
    let parsed: ParsedPage

    init(shell: PageShell, page: ParsedPage) {
        self.shell = shell
        self.parsed = page
    }

    private var campaign: Campaign { shell.campaign }

    private var page: Page { parsed.page }
    private var metadata: Metadata { campaign.metadata }
    private var isHome: Bool { page.fileName == "index.html" }

    func html() -> [UInt8] {
        var html = shell.open(
            PageShell.Head(
                title: "\(page.name) — \(metadata.candidateForOffice)",
                description: page.description ?? metadata.tagline,
                canonicalURL: shell.publicURL(of: page.fileName), currentFile: page.fileName))
        html += pageHeading().utf8
        for entry in parsed.sections(in: .web) {
            appendSection(entry.section, documents: entry.documents, to: &html)
        }
        return html + shell.close().utf8
    }

    /// One `h1` a page: on the home page the candidate, with the tagline; elsewhere the page's name.
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

    /// A section with its anchor. When the staff hid its heading from the site but its text has
    /// subheadings, the heading stays for screen readers only, so the outline has no gap.
    private func appendSection(_ section: Section, documents: [MarkdownDocument], to html: inout [UInt8]) {
        // Appended piece by piece: an interpolated string is made, then copied, for every section.
        html += Self.sectionStart
        html += section.id.utf8
        html += Self.tagEnd
        let bodies = documents.map { $0.htmlBytes() }
        if section.showsHeading(in: .web) {
            html += Self.headingStart
            html += HTMLText.escape(section.name).utf8
            html += Self.headingEnd
        } else if bodies.contains(where: { $0.contains(Self.subheading) }) {
            html += "<h2 class=\"visually-hidden\">\(HTMLText.escape(section.name))</h2>\n".utf8
        }
        for body in bodies { html += body }
        html += Self.sectionEnd
    }

    private static let subheading = Array("<h3".utf8)
    private static let sectionStart = Array("<section id=\"".utf8)
    private static let tagEnd = Array("\">\n".utf8)
    private static let headingStart = Array("<h2>".utf8)
    private static let headingEnd = Array("</h2>\n".utf8)
    private static let sectionEnd = Array("</section>\n".utf8)
}
