/// The website: one HTML page per page of the source (`index.html` for the first), sharing one
/// stylesheet. Bodies are cmark's HTML; the shell around them (header, navigation, sections, footer)
/// is written here. Links between pages are relative, so the folder works from any host or from disk.
public enum WebEdition {
    public static let stylesheetName = "style.css"

    /// The site's files, by path relative to the site folder.
    public static func render(_ campaign: Campaign) -> [(path: String, contents: String)] {
        var files = campaign.pages.map { page in
            (path: page.fileName, contents: WebPage(campaign: campaign, page: page).html())
        }
        files.append((path: stylesheetName, contents: Stylesheet.css))
        return files
    }
}
