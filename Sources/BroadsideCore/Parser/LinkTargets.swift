/// The pages and sections a link inside the campaign can point to, found by slug in constant time:
/// a campaign may have thousands of links to hundreds of sections.
struct LinkTargets: Sendable {
    private var pagesBySlug: [String: Page] = [:]
    private var sectionIDsBySlug: [String: Set<String>] = [:]
    let pageSlugs: [String]

    init(pages: [Page]) {
        pageSlugs = pages.map(\.slug)
        for page in pages where pagesBySlug[page.slug] == nil {
            pagesBySlug[page.slug] = page
            sectionIDsBySlug[page.slug] = Set(page.sections.map(\.id))
        }
    }

    func page(_ slug: String) -> Page? {
        pagesBySlug[slug]
    }

    /// Whether the page `slug` (which must be one of the campaign's) has a section with anchor `id`.
    func page(_ slug: String, hasSection id: String) -> Bool {
        sectionIDsBySlug[slug]?.contains(id) ?? false
    }
}
