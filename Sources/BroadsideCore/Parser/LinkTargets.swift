/// The pages and sections a link inside the campaign can point to, found by slug in constant time:
/// a campaign may have thousands of links to hundreds of sections.
struct LinkTargets: Sendable {
    /// A page a link can name, and its sections' anchors. A class: finding one for each of thousands of
    /// links copies a reference, not a page.
    final class Target: Sendable {
        let page: Page
        let sectionIDs: Set<String>

        init(_ page: Page) {
            self.page = page
            sectionIDs = Set(page.sections.map(\.id))
        }
    }

    private var targetsBySlug: [String: Target] = [:]
    let pageSlugs: [String]

    init(pages: [Page]) {
        pageSlugs = pages.map(\.slug)
        for page in pages where targetsBySlug[page.slug] == nil {
            targetsBySlug[page.slug] = Target(page)
        }
    }

    /// The page whose slug is `slug` (the first, when two pages have it).
    func target(_ slug: String) -> Target? {
        targetsBySlug[slug]
    }

    /// `page` as a target, or nil when an earlier page with the same slug is the target of that slug.
    func target(of page: Page) -> Target? {
        guard let target = targetsBySlug[page.slug], target.page.location == page.location else { return nil }
        return target
    }
}
