/// `404.html`, which static hosts show for an address the site does not have: the site's own shell,
/// so a reader who followed a stale link still finds the navigation.
struct NotFoundPage {
    let shell: PageShell

    func html() -> [UInt8] {
        let campaign = shell.campaign
        var html = shell.open(
            PageShell.Head(
                title: "Page not found — \(campaign.metadata.candidateForOffice)",
                description: campaign.metadata.tagline, canonicalURL: nil, currentFile: nil))
        html +=
            """
            <h1>Page not found</h1>
            <p>There is no page at this address. The pages of this site are listed above; the
            <a href="index.html">home page</a> is a good place to start.</p>

            """.utf8
        return html + shell.close().utf8
    }
}
