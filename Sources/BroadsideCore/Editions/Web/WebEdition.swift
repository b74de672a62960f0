/// The website: one HTML page per page of the source (`index.html` for the first), a 404 page, and one
/// stylesheet they share (Broadside's, then the staff's own `content/style.css` when there is one).
/// With the site's public address it also writes canonical links, Open Graph tags, `sitemap.xml` and
/// `robots.txt`. Links between pages are relative, so the folder works on any host and from disk.
public enum WebEdition {
    public static let stylesheetName = "style.css"

    /// The site's files, by path relative to the site folder.
    static func render(_ campaign: Campaign, customStylesheet: CustomStylesheet?, diagnostics: inout Diagnostics) -> [(
        path: String, contents: String
    )] {
        let shell = PageShell(campaign: campaign)
        var files = campaign.pages.map { page in
            (path: page.fileName, contents: WebPage(campaign: campaign, page: page).html())
        }
        files.append((path: "404.html", contents: NotFoundPage(campaign: campaign).html()))
        var css = Stylesheet.css
        if let custom = customStylesheet {
            css += "\n/* From \(custom.fileName), the campaign's own additions. */\n" + custom.text
            if !custom.text.hasSuffix("\n") { css += "\n" }
        }
        files.append((path: stylesheetName, contents: css))
        if let site = campaign.metadata.siteURL {
            files.append((path: "sitemap.xml", contents: SiteMap.sitemap(campaign, shell: shell)))
            files.append((path: "robots.txt", contents: SiteMap.robots(siteURL: site)))
        } else {
            diagnostics.note(
                "no `site:` address: the website has no canonical links, Open Graph tags, sitemap.xml or robots.txt; add `  site: https://…` under `campaign` for them",
                at: campaign.metadata.location)
        }
        return files
    }
}
