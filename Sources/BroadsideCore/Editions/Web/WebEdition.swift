/// The website: one HTML page per page of the source (`index.html` for the first), a 404 page, and one
/// stylesheet they share (Broadside's, then the staff's own `content/style.css` when there is one).
/// With the site's public address it also writes canonical links, Open Graph tags, `sitemap.xml` and
/// `robots.txt`. Links between pages are relative, so the folder works on any host and from disk.
final class WebEdition: EditionStream {
    static let stylesheetName = "style.css"

    private let campaign: Campaign
    private let customStylesheet: CustomStylesheet?
    private let shell: PageShell

    init(_ campaign: Campaign, customStylesheet: CustomStylesheet?) {
        self.campaign = campaign
        self.customStylesheet = customStylesheet
        shell = PageShell(campaign: campaign, navigation: SiteNavigation(campaign.pages))
    }

    /// A page's HTML depends on no other page's, so pages are made side by side.
    func prepare(_ page: ParsedPage) -> [UInt8] {
        WebPage(shell: shell, page: page).html()
    }

    func append(_ html: [UInt8], of page: ParsedPage, to sink: OutputSink) {
        sink.write(html, to: Self.path(page.page.fileName))
    }

    func finish(to sink: OutputSink, diagnostics: inout Diagnostics) {
        customStylesheet?.check(diagnostics: &diagnostics)
        sink.write(NotFoundPage(shell: shell).html(), to: Self.path("404.html"))
        var css = Stylesheet.css
        if let custom = customStylesheet {
            css += "\n/* From \(custom.fileName), the campaign's own additions. */\n" + custom.text
            if !custom.text.hasSuffix("\n") { css += "\n" }
        }
        sink.write(css, to: Self.path(Self.stylesheetName))
        if let site = campaign.metadata.siteURL {
            sink.write(SiteMap.sitemap(campaign, shell: shell), to: Self.path("sitemap.xml"))
            sink.write(SiteMap.robots(siteURL: site), to: Self.path("robots.txt"))
        } else {
            diagnostics.note(
                "no `site:` address: the website has no canonical links, Open Graph tags, sitemap.xml or robots.txt; add `  site: https://…` under `campaign` for them",
                at: campaign.metadata.location)
        }
    }

    /// A file of the site, by its path in the output folder.
    private static func path(_ file: String) -> String {
        "\(EditionOutputs.siteFolder)/\(file)"
    }
}
