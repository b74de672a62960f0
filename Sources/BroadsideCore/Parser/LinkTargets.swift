/// The pages and sections a link inside the campaign can point to.
struct LinkTargets {
    private var pagesBySlug: [String: Page] = [:]
    let pageSlugs: [String]

    init(pages: [Page]) {
        pageSlugs = pages.map(\.slug)
        for page in pages where pagesBySlug[page.slug] == nil { pagesBySlug[page.slug] = page }
    }

    func page(_ slug: String) -> Page? {
        pagesBySlug[slug]
    }
}
