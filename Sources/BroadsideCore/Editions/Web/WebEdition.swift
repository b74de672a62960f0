/// The website: one HTML page per page of the source (`index.html` for the first), a 404 page, and one
/// stylesheet they share (Broadside's, then the staff's own `content/style.css` when there is one).
/// With the site's public address it also writes canonical links, Open Graph tags, `sitemap.xml` and
/// `robots.txt`. Links between pages are relative, so the folder works on any host and from disk.
struct WebEdition: EditionRenderer {
    static let name = "web"
    static let summary = "the website"
    static let folder = "site"
    static let outputs = [folder]
    static let stylesheetName = "style.css"

    private let context: EditionContext
    private let shell: PageShell
    private var files: [OutputFile] = []
    private var pictures = SitePictures()

    init(_ context: EditionContext, diagnostics: inout Diagnostics) {
        self.context = context
        pictures.cache = context.pictureCache
        shell = PageShell(
            context: context,
            navigation: SiteNavigation(
                context.campaign.pages.filter { $0.editions.carries(context.edition) }, words: context.words))
        if let photo = context.metadata.photo, context.languages.isOriginal {
            pictures.add(photo, diagnostics: &diagnostics)
        }
    }

    var builtSummary: String {
        let pages = context.campaign.pages.filter { $0.editions.carries(context.edition) }.count
        return "\(context.languages.siteFolder) (\(pages) page\(pages == 1 ? "" : "s"))"
    }

    mutating func add(_ page: ParsedPage, diagnostics: inout Diagnostics) {
        // Every picture of the campaign is on the site, even one only the email shows: the email
        // names it by its address there.
        if context.languages.isOriginal {
            for path in page.pictures.keys.sorted() { pictures.add(page.pictures[path]!, diagnostics: &diagnostics) }
        } else {
            // A translation's own pictures; the original's are on the site already.
            for (section, documents) in zip(page.page.sections, page.documents) where section.language == nil {
                for node in documents.flatMap(\.pictureNodes) {
                    if let picture = page.pictures[node.url] { pictures.add(picture, diagnostics: &diagnostics) }
                }
            }
        }
        guard page.page.editions.carries(context.edition) else { return }
        files.append(OutputFile(path: path(page.page.fileName), text: WebPage(shell: shell, page: page).html()))
    }

    mutating func finish(diagnostics: inout Diagnostics) -> [OutputFile] {
        if shell.navigation.needsIndex {
            files.append(
                OutputFile(path: path(SiteNavigation.indexFileName), text: AllPagesPage(shell: shell).html()))
        }
        // Each language's share card, in its words, beside its pages.
        writeShareCard()
        // The files the site has once: the 404 page, the stylesheet, the pictures, what it ships and the
        // sitemap (of every language) are the original language's to write.
        guard context.languages.isOriginal else { return files + pictures.files }
        files.append(OutputFile(path: path("404.html"), text: NotFoundPage(shell: shell).html()))
        var css = Stylesheet.css
        if let custom = context.stylesheet {
            css += "\n/* From \(custom.fileName), the campaign's own additions. */\n" + custom.text
            if !custom.text.hasSuffix("\n") { css += "\n" }
        }
        files.append(OutputFile(path: path(Self.stylesheetName), text: css))
        files += pictures.files
        ship(context.shippedFiles, diagnostics: &diagnostics)
        if let custom = context.stylesheet { checkReferences(of: custom, diagnostics: &diagnostics) }
        if let site = context.metadata.siteURL {
            files.append(
                OutputFile(path: path("sitemap.xml"), text: SiteMap.sitemap(context.campaign, shell: shell)))
            files.append(OutputFile(path: path("robots.txt"), text: SiteMap.robots(siteURL: site)))
        } else {
            diagnostics.note(
                "no `site:` address: the website has no canonical links, Open Graph tags, sitemap.xml or robots.txt; add `  site: https://…` under `campaign` for them",
                at: context.metadata.location)
        }
        return files
    }

    /// `share.png`, what link previews show, when the site's address is known (link previews need it).
    private mutating func writeShareCard() {
        guard let site = context.metadata.siteURL else { return }
        let metadata = context.metadata
        if let card = ShareCard.png(
            candidate: metadata.candidate, office: context.words.forOffice(metadata.office), tagline: metadata.tagline,
            address: WebAddress.asTyped(site), photo: metadata.photo,
            rightToLeft: EditionLanguages.isRightToLeft(metadata.language))
        {
            files.append(OutputFile(path: path(ShareCard.fileName), contents: card))
        }
    }

    /// The files of `content/site/`, added as they are; one that would take the place of a file the site
    /// writes itself is an error.
    private mutating func ship(_ shipped: [ShippedFile], diagnostics: inout Diagnostics) {
        let written = Set(files.map(\.path))
        for file in shipped {
            let path = path(file.path)
            guard !written.contains(path) else {
                diagnostics.error(
                    "the site writes \(file.path) itself, so it cannot ship this file in its place",
                    at: .wholeFile(file.sourcePath),
                    notes: [Diagnostic.Note("rename the file, or remove it")])
                continue
            }
            files.append(OutputFile(path: path, contents: file.bytes))
        }
    }

    /// An error for each file the staff's stylesheet asks for that the site does not have.
    private func checkReferences(of stylesheet: CustomStylesheet, diagnostics: inout Diagnostics) {
        let paths = Set(files.map(\.path))
        for reference in stylesheet.references where !paths.contains(path(reference.path)) {
            diagnostics.error(
                "the site has no file `\(reference.path)`", at: reference.location,
                notes: [
                    Diagnostic.Note(
                        "\(stylesheet.fileName) may use only files of the site: put it in \(ShippedFiles.folderName)/ beside the source, which the site ships as it is"
                    )
                ])
        }
    }

    /// A file of this language's site, by its path in the output folder.
    private func path(_ file: String) -> String {
        "\(context.languages.siteFolder)/\(file)"
    }
}
