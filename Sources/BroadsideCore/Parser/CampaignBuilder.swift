/// Turns the outline of a source into a `Campaign`: metadata read, names made into slugs, edition
/// choices resolved. The Markdown bodies are parsed and their links checked page by page afterwards,
/// by `PageParser`, while the editions are made.
struct CampaignBuilder {
    /// Anchors the site's layout uses itself, which a section may not take.
    static let reservedSectionIDs: Set<String> = ["main-content"]
    /// File names (without `.html`) that only the site itself may use.
    static let reservedPageSlugs: Set<String> = ["index", "404", "style", "all-pages"]

    /// The most pages a campaign may have: what one sitemap may list, and a bound on the build's time
    /// and output (docs/PERFORMANCE.md).
    static let mostPages = 50_000

    /// The longest file name, in bytes, that common file systems (ext4, APFS, NTFS) hold.
    static let longestFileName = 255

    /// Device names Windows reserves whatever the extension (`con.html` cannot be made there).
    static func isReservedOnWindows(_ slug: String) -> Bool {
        if ["con", "prn", "aux", "nul"].contains(slug) { return true }
        guard slug.count == 4, slug.hasPrefix("com") || slug.hasPrefix("lpt"), let last = slug.last else {
            return false
        }
        return "0123456789¹²³".contains(last)
    }

    /// What the outline made: the pages always (so that their bodies can be checked even when the
    /// metadata has mistakes), the campaign only when its metadata is complete.
    struct Result {
        var pages: [Page]
        var campaign: Campaign?
    }

    let source: SourceText

    /// The pages of the source, and what is wrong with them: with the pages' names and sections, then
    /// with their blocks (the order the source reports them in).
    struct Pages {
        var pages: [Page] = []
        var pageDiagnostics = Diagnostics()
        var blockDiagnostics = Diagnostics()
    }

    /// Makes `outlinePages` into pages, the first of them the home page when `startsWithHome`.
    func pages(_ outlinePages: [OutlinePage], startsWithHome: Bool) -> Pages {
        var made = Pages()
        made.pages = outlinePages.enumerated().map { index, page in
            makePage(page, isHome: startsWithHome && index == 0, diagnostics: &made.pageDiagnostics)
        }
        for (pageIndex, page) in outlinePages.enumerated() {
            for (sectionIndex, section) in page.sections.enumerated() {
                let sectionEditions = made.pages[pageIndex].sections[sectionIndex].editions
                made.pages[pageIndex].sections[sectionIndex].blocks = section.bodies.map { body in
                    makeBlock(body, within: sectionEditions, diagnostics: &made.blockDiagnostics)
                }
            }
        }
        return made
    }

    /// Puts the pages together with the settings: every diagnostic is emitted in source order.
    func campaign(_ settingsBlocks: [SettingsBlock], pages made: Pages, diagnostics: inout Diagnostics) -> Result {
        let metadata = CampaignSettings.metadata(settingsBlocks, source: source, diagnostics: &diagnostics)
        let email = CampaignSettings.email(settingsBlocks, metadata: metadata, diagnostics: &diagnostics)
        let flyer = CampaignSettings.flyer(settingsBlocks, metadata: metadata, diagnostics: &diagnostics)
        for diagnostic in made.pageDiagnostics.all { diagnostics.emit(diagnostic) }
        var pages = made.pages
        checkUnique(pages.map { (name: $0.slug, location: $0.location) }, what: "page", diagnostics: &diagnostics)
        if pages.count > Self.mostPages {
            diagnostics.error(
                "a campaign may have at most \(Self.mostPages.grouped) pages; this one has \(pages.count.grouped)",
                at: pages[Self.mostPages].location,
                notes: [
                    Diagnostic.Note(
                        "this is page \((Self.mostPages + 1).grouped); a sitemap lists at most \(Self.mostPages.grouped) pages: merge pages into sections, or split the campaign"
                    )
                ])
        }
        for diagnostic in made.blockDiagnostics.all { diagnostics.emit(diagnostic) }
        if let listed = CampaignSettings.emailPages(settingsBlocks) {
            keepInEmail(only: listed, pages: &pages, diagnostics: &diagnostics)
        }
        guard let metadata, let email, let flyer else { return Result(pages: pages, campaign: nil) }
        return Result(
            pages: pages, campaign: Campaign(metadata: metadata, email: email, flyer: flyer, pages: pages))
    }

    /// The email block's `pages: Home, Plans`: the email carries those pages and no other.
    private func keepInEmail(only listed: Located<String>, pages: inout [Page], diagnostics: inout Diagnostics) {
        let email = Edition.named(EmailEdition.name)!
        var kept = Set<String>()
        for item in EditionChoice.items(of: listed) {
            let slug = Slug.make(item.value)
            guard let page = pages.first(where: { $0.slug == slug }) else {
                diagnostics.error(
                    "there is no page `\(item.value)`", at: item.location,
                    notes: [Suggestions.note(for: slug, among: pages.map(\.slug), noun: "pages")])
                continue
            }
            if !page.editions.carries(email) {
                diagnostics.warning(
                    "the page `\(page.name)` is not in the email (its `only in:` or `not in:` says so)",
                    at: item.location,
                    notes: [Diagnostic.Note("remove it from `pages:`, or let the page be in the email")])
            }
            kept.insert(slug)
        }
        for index in pages.indices where !kept.contains(pages[index].slug) { pages[index].remove(email) }
    }

    private func makePage(_ page: OutlinePage, isHome: Bool, diagnostics: inout Diagnostics) -> Page {
        let settings = SettingsReader.read(
            SettingsBlock(keyword: Located(value: "page", location: page.name.location), settings: page.settings),
            keys: CampaignSettings.pageKeys, diagnostics: &diagnostics)
        let slug = Slug.make(page.name.value)
        if !page.name.value.isEmpty && slug.isEmpty {
            diagnostics.error(
                "the page name `\(page.name.value)` has no letter or digit to make a file name from",
                at: page.name.location, notes: [Diagnostic.Note("give the page a name with a letter or digit in it")])
        } else if !isHome && Self.reservedPageSlugs.contains(slug) {
            diagnostics.error(
                "a page named `\(page.name.value)` would be written as \(slug).html, which the site uses itself",
                at: page.name.location, notes: [Diagnostic.Note("give the page another name")])
        } else if !isHome && Self.isReservedOnWindows(slug) {
            diagnostics.error(
                "a page named `\(page.name.value)` would be written as \(slug).html, a name Windows keeps for a device",
                at: page.name.location,
                notes: [
                    Diagnostic.Note("give the page another name, so that the site can be copied to any computer")
                ])
        } else if !isHome && slug.utf8.count + ".html".utf8.count > Self.longestFileName {
            diagnostics.error(
                "this page name makes a file name of \(slug.utf8.count + 5) bytes; file systems allow at most \(Self.longestFileName)",
                at: page.name.location, notes: [Diagnostic.Note("give the page a shorter name")])
        }
        if page.sections.isEmpty {
            diagnostics.error(
                "the page `\(page.name.value)` has no sections", at: page.name.location,
                notes: [Diagnostic.Note("add a section under it: `section NAME` 2 spaces in, its text 4 spaces in")])
        }
        let editions = pageEditions(page, settings: settings, isHome: isHome, diagnostics: &diagnostics)
        let sections = page.sections.map { makeSection($0, within: editions, diagnostics: &diagnostics) }
        checkUnique(sections.map { (name: $0.id, location: $0.location) }, what: "section", diagnostics: &diagnostics)
        var made = Page(
            name: page.name.value, slug: slug, fileName: isHome ? "index.html" : "\(slug).html",
            description: settings?["description"]?.value, location: page.name.location, sections: sections,
            editions: editions)
        for (key, value) in settings ?? [:] {
            guard let (base, language) = SettingKey.translation(key) else { continue }
            if base == "name" { made.translatedNames[language.lowercased()] = value }
            if base == "description" { made.translatedDescriptions[language.lowercased()] = value.value }
        }
        return made
    }

    /// The editions a page's `only in:` or `not in:` (2 spaces under its `page` line) leaves it in.
    private func pageEditions(
        _ page: OutlinePage, settings: [String: Located<String>]?, isHome: Bool, diagnostics: inout Diagnostics
    ) -> EditionSet {
        let choices = page.settings.filter { ["only in", "not in"].contains($0.key.value) }
        guard let setting = choices.first, let value = settings?[setting.key.value] else { return .all }
        if choices.count > 1 {
            diagnostics.error(
                "a page takes `only in:` or `not in:`, not both", at: choices[1].key.location,
                notes: [Diagnostic.Note("keep one of the two lines")])
        }
        let syntax = EditionChoice.pageChoice(
            value, kind: setting.key.value == "only in" ? .only : .not, at: setting.key.location)
        let editions = EditionChoice.resolve(syntax, diagnostics: &diagnostics)
        if editions.isEmpty {
            diagnostics.error(
                "this leaves the page `\(page.name.value)` in no edition", at: setting.key.location,
                notes: [Diagnostic.Note("remove the page, or name an edition that carries it")])
        } else if isHome && !editions.carries(.site) {
            diagnostics.error(
                "the first page is the site's home page (index.html): it must be on the website",
                at: setting.key.location,
                notes: [Diagnostic.Note("keep `\(Edition.site.name)` among its editions, or put another page first")])
        }
        return editions
    }

    private func makeSection(_ section: OutlineSection, within pageEditions: EditionSet, diagnostics: inout Diagnostics)
        -> Section
    {
        let id = Slug.make(section.name.value)
        if !section.name.value.isEmpty && id.isEmpty {
            diagnostics.error(
                "the section name `\(section.name.value)` has no letter or digit to make a link anchor from",
                at: section.name.location,
                notes: [Diagnostic.Note("give the section a heading with a letter or digit in it")])
        } else if Self.reservedSectionIDs.contains(id) {
            diagnostics.error(
                "a section named `\(section.name.value)` would take the anchor #\(id), which the site uses itself",
                at: section.name.location, notes: [Diagnostic.Note("give the section another heading")])
        }
        if section.bodies.isEmpty {
            diagnostics.error(
                "the section `\(section.name.value)` has no text", at: section.name.location,
                notes: [Diagnostic.Note("write its text below it, 4 spaces in, or remove the section")])
        }
        let chosen = section.sectionChoice.map { EditionChoice.resolve($0, diagnostics: &diagnostics) } ?? .all
        let editions = chosen.intersection(pageEditions)
        if let choice = section.sectionChoice, editions.isEmpty, !chosen.isEmpty, !pageEditions.isEmpty {
            diagnostics.warning(
                "no edition carries this section: its page is only in \(pageEditions.editions.map(\.name).joined(separator: ", "))",
                at: choice.location,
                notes: [Diagnostic.Note("name an edition its page is in, or move the section to another page")])
        }
        let headingEditions = section.headingChoice.map { EditionChoice.resolve($0, diagnostics: &diagnostics) } ?? .all
        var made = Section(
            name: section.name.value, id: id, location: section.name.location, editions: editions,
            headingEditions: headingEditions.intersection(editions), blocks: [])
        for translation in section.translations {
            let key = translation.language.value.lowercased()
            if let earlier = made.translations[key] {
                diagnostics.error(
                    "the section is already translated into `\(translation.language.value)`",
                    at: translation.language.location,
                    notes: [
                        Diagnostic.Note("see line \(earlier.location.line); keep one of the two", at: earlier.location)
                    ])
                continue
            }
            if translation.markdown.lines.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
                diagnostics.error(
                    "this translation has no text", at: translation.language.location,
                    notes: [Diagnostic.Note("write the section's text in that language under it, 6 spaces in")])
            }
            let location = source.location(
                line: translation.markdown.firstLine, column: translation.markdown.indent + 1)
            made.translations[key] = SectionTranslation(
                language: translation.language.value, name: translation.heading.value,
                blocks: [Block(editions: editions, markdown: translation.markdown, location: location)],
                location: translation.language.location, recordedFrom: translation.recorded?.value,
                recordedLocation: translation.recorded?.location, line: translation.line)
        }
        // What translations record; a section with none needs no fingerprint.
        if !section.translations.isEmpty { made.fingerprint = Self.fingerprint(section) }
        return made
    }

    /// The first 8 hex digits of a hash of the section's heading and text as written, each line's
    /// trailing spaces and the blank lines at either end left out (so that tidying them is no change).
    static func fingerprint(_ section: OutlineSection) -> String {
        var hash = ContentHash()
        hash.add(Array(section.name.value.utf8))
        for body in section.bodies {
            var lines = body.markdown.lines.map { String(Substring($0).trimmingTrailingSpaces) }
            while lines.first?.isEmpty == true { lines.removeFirst() }
            while lines.last?.isEmpty == true { lines.removeLast() }
            hash.add(Array(lines.joined(separator: "\n").utf8))
        }
        return String(hash.hex.prefix(8))
    }

    private func makeBlock(_ body: OutlineBody, within sectionEditions: EditionSet, diagnostics: inout Diagnostics)
        -> Block
    {
        let location = source.location(line: body.markdown.firstLine, column: body.markdown.indent + 1)
        let chosen = body.choice.map { EditionChoice.resolve($0, diagnostics: &diagnostics) } ?? .all
        let editions = chosen.intersection(sectionEditions)
        if let choice = body.choice, editions.isEmpty, !chosen.isEmpty {
            diagnostics.warning(
                "no edition carries this text: its section is left out of every edition this line names",
                at: choice.location)
        }
        return Block(editions: editions, markdown: body.markdown, location: location)
    }

    private func checkUnique(
        _ names: [(name: String, location: SourceLocation)], what: String, diagnostics: inout Diagnostics
    ) {
        var seen: [String: SourceLocation] = [:]
        for (name, location) in names where !name.isEmpty {
            if let earlier = seen[name] {
                diagnostics.error(
                    "two \(what)s have the same name", at: location,
                    notes: [
                        Diagnostic.Note(
                            "the \(what) at line \(earlier.line) is also called `\(name)` once made into a \(what == "page" ? "file name" : "link anchor"); rename one of them",
                            at: earlier)
                    ])
            } else {
                seen[name] = location
            }
        }
    }
}
