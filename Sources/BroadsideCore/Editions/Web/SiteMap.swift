/// `sitemap.xml` and `robots.txt`, written when the campaign gives the site's public address.
enum SiteMap {
    static func sitemap(_ campaign: Campaign, shell: PageShell) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        // Every language's pages: the original's, then each translation's.
        let languages = shell.context.languages
        for language in languages.all {
            for page in campaign.pages where page.editions.carries(shell.context.edition) {
                guard let url = campaign.metadata.publicAddress(of: languages.rootPath(of: page.fileName, in: language))
                else { continue }
                xml += "<url><loc>\(HTMLText.escape(url))</loc></url>\n"
            }
        }
        return xml + "</urlset>\n"
    }

    static func robots(siteURL: String) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(siteURL)/sitemap.xml\n"
    }
}
