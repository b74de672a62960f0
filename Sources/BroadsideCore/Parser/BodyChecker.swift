/// Checks one Markdown body: its links, pictures, raw HTML and code fences. It settles each link:
/// `page:` and `#section` links become the website's relative addresses, `pending:` links lose
/// their target and keep their words, and anything that could not be published safely is an error.
struct BodyChecker {
    let body: MarkdownLines
    let source: SourceText
    let targets: LinkTargets
    let currentPage: Page
    let loader: PictureLoader
    private(set) var pendingLinks: [PendingLink] = []
    /// The pictures the body shows, by their paths.
    private(set) var pictures: [String: Picture] = [:]

    init(body: MarkdownLines, source: SourceText, targets: LinkTargets, currentPage: Page, pictures: PictureLoader) {
        self.body = body
        self.source = source
        self.targets = targets
        self.currentPage = currentPage
        self.loader = pictures
    }

    mutating func check(_ document: MarkdownDocument, diagnostics: inout Diagnostics) {
        var toUnwrap: [MarkdownNode] = []
        for event in MarkdownWalk(from: document.rootNode) where event.entering {
            let node = event.node
            switch node.kind {
            case .link:
                if let url = settle(node, diagnostics: &diagnostics) {
                    document.setURL(of: node, to: url)
                } else {
                    toUnwrap.append(node)
                }
            case .image:
                if let picture = checkPicture(node, diagnostics: &diagnostics) {
                    document.setURL(of: node, to: picture.path)
                    pictures[picture.path] = picture
                }
            case .htmlBlock, .htmlInline:
                diagnostics.error(
                    "raw HTML is not published", at: location(of: node),
                    notes: [Diagnostic.Note("write it in Markdown instead; to show a `<` in text, write `\\<`")])
            case .text where node.literalContains("]("):
                let literal = node.literal
                let offset = literal.unicodeScalars.distance(
                    from: literal.startIndex,
                    to: literal.utf8.firstRange(of: "](".utf8)?.lowerBound ?? literal.startIndex)
                var place = location(of: node)
                place.column += offset
                diagnostics.error(
                    "this looks like a link that Markdown could not read", at: place,
                    notes: [
                        Diagnostic.Note(
                            "a link's target cannot contain spaces: write `[words](https://…)`, `[words](page:NAME)` or `[words](pending:NAME)`"
                        )
                    ])
            case .codeBlock:
                checkFenceIsClosed(node, diagnostics: &diagnostics)
            case .document, .blockQuote, .list, .item, .customBlock, .paragraph, .thematicBreak, .heading,
                .text, .softBreak, .lineBreak, .code, .customInline, .emphasis, .strong:
                break
            }
        }
        for node in toUnwrap { document.unwrap(node) }
    }

    /// The picture an image node shows, read and checked, when it has alt text and its file is good.
    private func checkPicture(_ node: MarkdownNode, diagnostics: inout Diagnostics) -> Picture? {
        let place = location(of: node)
        if String(Substring(node.plainText).trimmingWhitespace).isEmpty {
            diagnostics.error(
                "this picture has no alt text", at: place,
                notes: [
                    Diagnostic.Note(
                        "say in a few words what it shows, for readers who cannot see it: `![Jane Doe at the library](\(node.url))`"
                    )
                ])
        }
        return loader.load(node.url, at: place, diagnostics: &diagnostics)
    }

    /// The address a link is published with, or nil when it is published as words only.
    private mutating func settle(_ node: MarkdownNode, diagnostics: inout Diagnostics) -> String? {
        let url = node.url
        switch LinkKind(url) {
        case .pending(let note):
            pendingLinks.append(PendingLink(text: node.plainText, note: note, location: location(of: node)))
            return nil
        case .page(let target):
            return resolvePageLink(target, node: node, diagnostics: &diagnostics)
        case .section(let name):
            guard currentPage.editions.carries(.site) else {
                diagnostics.error(
                    "`#\(name)` links into this page, which is not on the website", at: location(of: node),
                    notes: [
                        Diagnostic.Note("every edition links to a section's address on the site; write the words alone")
                    ])
                return node.url
            }
            return resolveSection(
                name, on: currentPage, target: targets.target(of: currentPage), node: node, diagnostics: &diagnostics)
        case .address:
            break
        }
        guard let scheme = WebAddress.scheme(of: url) else {
            diagnostics.error(
                "`\(url)` is not a link Broadside can check", at: location(of: node),
                notes: [
                    Diagnostic.Note(
                        "link to a page with `page:NAME`, to a section with `#section-name`, to a page not written yet with `pending:NAME`, or to another site with its full address, https://…"
                    )
                ])
            return url
        }
        guard WebAddress.allowedSchemes.contains(scheme) else {
            diagnostics.error(
                "links starting with `\(scheme):` are not published", at: location(of: node),
                notes: [
                    Diagnostic.Note(
                        "a link may go to a web address (https://…), an e-mail address (mailto:…) or a phone number (tel:…)"
                    )
                ])
            return url
        }
        if (scheme == "http" || scheme == "https") && !WebAddress.isAbsoluteHTTP(url) {
            diagnostics.error(
                "`\(url)` is not a complete web address", at: location(of: node),
                notes: [Diagnostic.Note("write it as https://example.org/…")])
        }
        return url
    }

    private func resolvePageLink(_ target: String, node: MarkdownNode, diagnostics: inout Diagnostics) -> String? {
        let parts = target[...].splitOnce(at: UInt8(ascii: "#"), omittingEmptySubsequences: false)
        let slug = Slug.make(String(parts[0]))
        guard let found = targets.target(slug) else {
            diagnostics.error(
                "there is no page `\(parts[0])`", at: location(of: node),
                notes: [
                    Suggestions.note(for: slug, among: targets.pageSlugs, noun: "pages"),
                    Diagnostic.Note("if the page is not written yet, write `pending:\(parts[0])` instead"),
                ])
            return node.url
        }
        if !found.page.editions.carries(.site) {
            diagnostics.error(
                "`page:\(parts[0])` links to a page that is not on the website", at: location(of: node),
                notes: [
                    Diagnostic.Note(
                        "every edition links to a page's address on the site: put the page on the website, or link to another"
                    )
                ])
            return node.url
        }
        if parts.count == 2 {
            return resolveSection(
                String(parts[1]), on: found.page, target: found, node: node, diagnostics: &diagnostics)
        }
        return found.page.fileName
    }

    /// `target` is `page` as the links' target, or nil when `page` shares its slug with an earlier page
    /// (an error of its own): its sections are then looked for on it alone.
    private func resolveSection(
        _ name: String, on page: Page, target: LinkTargets.Target?, node: MarkdownNode,
        diagnostics: inout Diagnostics
    ) -> String? {
        let id = Slug.make(name)
        guard target?.sectionIDs.contains(id) ?? page.sections.contains(where: { $0.id == id }) else {
            diagnostics.error(
                "the page `\(page.name)` has no section `\(name)`", at: location(of: node),
                notes: [Suggestions.note(for: id, among: page.sections.map(\.id), noun: "sections of that page")])
            return node.url
        }
        var address = page.fileName
        address.append("#")
        address.append(id)
        return address
    }

    /// A fenced code block left open runs to the end of the section and swallows its text.
    private func checkFenceIsClosed(_ node: MarkdownNode, diagnostics: inout Diagnostics) {
        guard node.startLine >= 1, node.startLine <= body.lines.count else { return }
        let opening = body.lines[node.startLine - 1].drop { $0 == " " }
        guard let fenceCharacter = opening.first, fenceCharacter == "`" || fenceCharacter == "~" else { return }
        let fenceLength = opening.prefix { $0 == fenceCharacter }.count
        guard fenceLength >= 3 else { return }
        let endLine = node.endLine
        let closing =
            endLine > node.startLine && endLine <= body.lines.count
            ? String(body.lines[endLine - 1].trimmingWhitespace) : ""
        let closed = closing.count >= fenceLength && closing.allSatisfy { $0 == fenceCharacter }
        if !closed {
            diagnostics.error(
                "this code block is never closed", at: location(of: node),
                notes: [
                    Diagnostic.Note(
                        "end it with a line of \(String(repeating: fenceCharacter, count: fenceLength)), or the rest of the section is shown as code"
                    )
                ])
        }
    }

    /// Where a node stands in the source file: cmark counts lines within the body and columns in bytes.
    private func location(of node: MarkdownNode) -> SourceLocation {
        let lineInBody = max(1, node.startLine)
        guard lineInBody <= body.lines.count else {
            return source.location(line: body.firstLine, column: body.indent + 1)
        }
        let line = body.lines[lineInBody - 1]
        let byteOffset = min(max(0, node.startColumn - 1), line.utf8.count)
        let prefix = line.utf8.prefix(byteOffset)
        let characters = String(decoding: prefix, as: UTF8.self).unicodeScalars.count
        return source.location(line: body.firstLine + lineInBody - 1, column: body.indent + characters + 1)
    }
}

extension Substring {
    /// Without the spaces and tabs at either end: Unicode's space separators (general category Zs) and
    /// U+0009, as Foundation's `CharacterSet.whitespaces` has them.
    var trimmingWhitespace: Substring.UnicodeScalarView.SubSequence {
        func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWhitespace($0) }),
            let last = scalars.lastIndex(where: { !isWhitespace($0) })
        else { return scalars[scalars.endIndex...] }
        return scalars[first...last]
    }
}
