/// What every page of the site shares: the document head, the header with the skip link and the
/// navigation, and the footer. Pages (and the 404 page) fill in the `<main>` between them.
struct PageShell {
    let context: EditionContext
    let navigation: SiteNavigation

    private var metadata: Metadata { context.metadata }

    struct Head {
        var title: String
        var description: String
        /// The page's public address, when the site's address is known.
        var canonicalURL: String?
        /// The file of the page in the navigation that is the current one, if any.
        var currentFile: String?
        /// The file each language's site has this page under, when it is a page of every language.
        var translatedFile: String? = nil
    }

    func open(_ head: Head) -> String {
        var html = HTMLText.documentStart(language: metadata.language, title: head.title)
        html += "<meta name=\"description\" content=\"\(HTMLText.escape(head.description))\">\n"
        if let url = head.canonicalURL {
            html += """
                <link rel="canonical" href="\(HTMLText.escape(url))">
                <meta property="og:type" content="website">
                <meta property="og:title" content="\(HTMLText.escape(head.title))">
                <meta property="og:description" content="\(HTMLText.escape(head.description))">
                <meta property="og:url" content="\(HTMLText.escape(url))">
                <meta property="og:image" content="\(HTMLText.escape(publicURL(of: ShareCard.fileName) ?? ""))">
                <meta property="og:image:width" content="\(ShareCard.width)">
                <meta property="og:image:height" content="\(ShareCard.height)">
                <meta property="og:image:alt" content="\(HTMLText.escape(shareCardDescription))">
                <meta name="twitter:card" content="summary_large_image">

                """
        }
        html += alternates(head.translatedFile)
        html += """
            <link rel="stylesheet" href="\(context.languages.siteRoot)\(WebEdition.stylesheetName)">
            </head>
            <body>
            <a class="skip-link" href="#main-content">\(HTMLText.escape(context.words.skipToMainContent))</a>
            <header class="site-header">
            <p class="site-name"><a href="index.html">\(HTMLText.escape(metadata.candidate))</a></p>
            <p class="site-office">\(HTMLText.escape(context.words.forOffice(metadata.office)))</p>
            \(election())\(actions())</header>

            """
        return html + navigation.html(current: head.currentFile) + languageSwitcher(head.translatedFile)
            + "<main id=\"main-content\">\n"
    }

    /// `hreflang` links to the page in every language (itself included) and `x-default` to the original.
    private func alternates(_ file: String?) -> String {
        let languages = context.languages
        guard languages.isMultilingual, let file else { return "" }
        var html = ""
        for language in languages.all + ["x-default"] {
            let target = language == "x-default" ? languages.all[0] : language
            let href =
                metadata.publicAddress(of: languages.rootPath(of: file, in: target))
                ?? languages.link(to: file, in: target)
            html +=
                "<link rel=\"alternate\" hreflang=\"\(HTMLText.escape(language))\" href=\"\(HTMLText.escape(href))\">\n"
        }
        return html
    }

    /// The page in each other language, each named in itself ("English", "Español", "中文").
    private func languageSwitcher(_ file: String?) -> String {
        let languages = context.languages
        guard languages.isMultilingual else { return "" }
        let target = file ?? "index.html"
        var html =
            "<nav class=\"languages\" aria-label=\"\(HTMLText.escape(context.words.languagesNavigation))\">\n<ul>\n"
        for language in languages.all {
            let name = HTMLText.escape(languages.names[language.lowercased()] ?? language)
            let tag = HTMLText.escape(language)
            if language.lowercased() == languages.current.lowercased() {
                html +=
                    "<li><a href=\"\(HTMLText.escape(target))\" lang=\"\(tag)\" aria-current=\"true\">\(name)</a></li>\n"
            } else {
                let href = HTMLText.escape(languages.link(to: target, in: language))
                html += "<li><a href=\"\(href)\" hreflang=\"\(tag)\" lang=\"\(tag)\">\(name)</a></li>\n"
            }
        }
        return html + "</ul>\n</nav>\n"
    }

    func close() -> String {
        var html = "</main>\n<footer class=\"site-footer\">\n<p>\(HTMLText.escape(context.candidateForOffice))</p>\n"
        html += actions()
        for line in context.footerLines {
            html += "<p>\(HTMLText.escape(line))</p>\n"
        }
        return html + "</footer>\n</body>\n</html>\n"
    }

    /// "Vote Tuesday, November 3, 2026", when the campaign gives its election day.
    private func election() -> String {
        guard let date = metadata.election else { return "" }
        return "<p class=\"election\">\(HTMLText.escape(context.words.voteOn(date)))</p>\n"
    }

    /// The campaign's calls to action as buttons (in the header and again at the foot of every page).
    private func actions() -> String {
        guard !metadata.actions.isEmpty else { return "" }
        let buttons = metadata.actions.map {
            "<a class=\"button\" href=\"\(HTMLText.escape($0.target))\">\(HTMLText.escape($0.words(context.words)))</a>"
        }
        return "<p class=\"actions\">\(buttons.joined(separator: " "))</p>\n"
    }

    /// What the share card shows, in words, for readers who cannot see it.
    private var shareCardDescription: String {
        "\(context.candidateForOffice): \(metadata.tagline)"
    }

    /// The public address of a file of this language's site, when the site's address is known.
    func publicURL(of file: String) -> String? {
        metadata.publicAddress(of: context.languages.rootPath(of: file, in: context.languages.current))
    }
}
