/// Headings written in a section's text are subheadings of the section, whose own heading is level 2:
/// the levels the text uses, from the largest down, become 3, 4, 5 and 6, with no level skipped. So
/// `#` or `###` alone both become level 3, and `#` then `###` become 3 then 4.
enum SubheadingLevels {
    static func nest(_ documents: [MarkdownDocument]) {
        var headings: [(document: MarkdownDocument, node: MarkdownNode)] = []
        for document in documents {
            for event in MarkdownWalk(from: document.rootNode) where event.entering && event.node.kind == .heading {
                headings.append((document, event.node))
            }
        }
        let written = Set(headings.map { $0.node.headingLevel }).sorted()
        for heading in headings {
            let rank = written.firstIndex(of: heading.node.headingLevel) ?? 0
            heading.document.setHeadingLevel(of: heading.node, to: min(6, 3 + rank))
        }
    }
}
