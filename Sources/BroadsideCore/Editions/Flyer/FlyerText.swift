/// `flyer.txt`, laid out block by block as the flyer's walk of the Markdown finds them
/// (`FlyerNodeRenderer`): each heading underlined, lists and quotes indented, and text set right under
/// its heading, since paper is scarce.
struct FlyerText {
    /// A block written, with how many lines the text had after it.
    struct Written {
        var block: FlyerModel.Block
        var linesAfter: Int
    }

    private var layout: TextLayout
    private var followsHeading = false

    init(width: Int) {
        layout = TextLayout(width: width)
    }

    var lineCount: Int { layout.lineCount }

    /// Writes a block the edition makes itself (the tagline, a page's title, a section's heading).
    mutating func write(_ block: FlyerModel.Block) -> Written {
        Self.write(block, into: &layout, followsHeading: &followsHeading)
        return Written(block: block, linesAfter: layout.lineCount)
    }

    /// Writes the blocks of one Markdown body, which starts at `origin` in the source; `pictures` are
    /// the page's, by their paths.
    mutating func write(_ document: MarkdownDocument, at origin: SourceLocation, pictures: [String: Picture] = [:])
        -> [Written]
    {
        var renderer = FlyerNodeRenderer(origin: origin, followsHeading: followsHeading, pictures: pictures)
        layout.render(document, with: &renderer)
        followsHeading = renderer.followsHeading
        return renderer.written
    }

    /// The contact line and the disclaimer, after a blank line.
    mutating func writeFooter(_ lines: [String]) {
        layout.blankLine()
        for line in lines {
            layout.out(line, wrap: true)
            layout.cr()
        }
    }

    func finished() -> [UInt8] {
        layout.finishedText(flowed: false)
    }

    static func write(_ block: FlyerModel.Block, into layout: inout TextLayout, followsHeading: inout Bool) {
        // Paper has pictures; text has none, and a picture alone says nothing in words.
        guard block.role != .picture else { return }
        // Paper is scarce: text starts right under its heading's underline.
        if block.spaceBefore && !followsHeading { layout.blankLine() } else { layout.cr() }
        followsHeading = block.isHeading
        for _ in 0..<block.quoteDepth { layout.pushPrefix("> ") }
        layout.withPrefix(String(repeating: " ", count: block.indent)) { layout in
            if let marker = block.marker {
                layout.out(marker, wrap: false)
                layout.pushPrefix(String(repeating: " ", count: marker.count))
            }
            switch block.role {
            case .tagline, .pageTitle, .heading:
                let mark = layout.mark
                layout.out(block.text, wrap: true)
                layout.underline(since: mark, with: block.role == .tagline || block.role == .pageTitle ? "=" : "-")
            case .code:
                layout.out(block.text, wrap: false)
            case .paragraph, .rule, .picture:
                layout.out(block.text, wrap: true)
            }
            if block.marker != nil { layout.popPrefix() }
        }
        for _ in 0..<block.quoteDepth { layout.popPrefix() }
    }
}

/// The flyer's choices for each Markdown node: it gathers the words of each block (a paragraph, a
/// heading, code, a rule) with their styles, the list marker and indentation around it, and writes the
/// block to the text when it closes; the PDF is laid out from the same blocks.
struct FlyerNodeRenderer: TextNodeRenderer {
    /// Each block written, in order.
    private(set) var written: [FlyerText.Written] = []
    private(set) var followsHeading: Bool
    private let origin: SourceLocation
    private let pictures: [String: Picture]
    private var current: FlyerModel.Block?
    private var strong = 0
    private var emphasis = 0
    private var markers = ListMarkers()
    private var markerWidths: [Int] = []
    private var quoteDepth = 0
    private var pendingMarker: String?

    init(origin: SourceLocation, followsHeading: Bool, pictures: [String: Picture]) {
        self.origin = origin
        self.followsHeading = followsHeading
        self.pictures = pictures
    }

    mutating func render(_ node: MarkdownNode, entering: Bool, into layout: inout TextLayout) -> Bool {
        switch node.kind {
        case .document, .customBlock, .customInline, .link, .image, .htmlBlock, .htmlInline:
            break
        case .paragraph:
            if entering && node.holdsOnlyPictures {
                var child = node.firstChild
                while let picture = child {
                    if picture.kind == .image {
                        open(.picture, picture)
                        current?.runs = [FlyerModel.Run(text: picture.plainText)]
                        current?.picture = pictures[picture.url]
                        close(into: &layout)
                    }
                    child = picture.next
                }
                return false
            }
            if entering { open(.paragraph, node) } else { close(into: &layout) }
        case .heading:
            if entering { open(.heading(level: node.headingLevel), node) } else { close(into: &layout) }
        case .codeBlock:
            var literal = node.literal
            if literal.hasSuffix("\n") { literal.removeLast() }
            open(.code, node)
            current?.runs = [FlyerModel.Run(text: literal, code: true)]
            close(into: &layout)
        case .thematicBreak:
            open(.rule, node)
            current?.runs = [FlyerModel.Run(text: "* * *")]
            close(into: &layout)
        case .list:
            if entering { markers.enter(node) } else { markers.exit() }
        case .item:
            if entering {
                let marker = markers.marker(for: node)
                pendingMarker = marker
                markerWidths.append(marker.count)
            } else {
                // An item with no text of its own (`-` alone) leaves its marker unused: it must not
                // pass to the next block, outside the item.
                pendingMarker = nil
                markerWidths.removeLast()
            }
        case .blockQuote:
            quoteDepth += entering ? 1 : -1
        case .text:
            append(node.literal)
        case .code:
            current?.runs.append(
                FlyerModel.Run(text: node.literal, strong: strong > 0, emphasis: emphasis > 0, code: true))
        case .softBreak:
            append(" ")
        case .lineBreak:
            append("\n")
        case .emphasis:
            emphasis += entering ? 1 : -1
        case .strong:
            strong += entering ? 1 : -1
        }
        return true
    }

    private mutating func open(_ role: FlyerModel.Role, _ node: MarkdownNode) {
        let marker = pendingMarker
        pendingMarker = nil
        // The marker's own width is not part of the hang of the block that carries it.
        let visible = markerWidths.prefix(NestingLimit.visibleLevels)
        let indent = max(
            0, visible.reduce(0, +) - (markerWidths.count <= NestingLimit.visibleLevels ? marker?.count ?? 0 : 0))
        current = FlyerModel.Block(
            role: role, runs: [], marker: marker, indent: indent, listDepth: visible.count,
            quoteDepth: min(quoteDepth, NestingLimit.visibleLevels),
            spaceBefore: !Self.isTight(node), location: location(of: node))
    }

    private mutating func close(into layout: inout TextLayout) {
        guard let block = current else { return }
        current = nil
        FlyerText.write(block, into: &layout, followsHeading: &followsHeading)
        written.append(FlyerText.Written(block: block, linesAfter: layout.lineCount))
    }

    private mutating func append(_ text: String) {
        current?.runs.append(FlyerModel.Run(text: text, strong: strong > 0, emphasis: emphasis > 0))
    }

    /// A block in an item of a tight list sits right under the one before, unless it opens the list
    /// (and that list is not itself in a tight item).
    private static func isTight(_ node: MarkdownNode) -> Bool {
        guard node.isInTightItem, let item = node.parent, let list = item.parent else { return false }
        let opensList = item.firstChild == node && list.firstChild == item
        return !opensList || list.isInTightItem
    }

    /// Where a node starts in the source file (cmark counts from the block's first line and margin).
    private func location(of node: MarkdownNode) -> SourceLocation {
        SourceLocation(
            file: origin.file, line: origin.line + max(0, node.startLine - 1),
            column: origin.column + max(0, node.startColumn - 1))
    }
}
