/// Builds the flyer's model from the campaign: the tagline, then each heading and block the staff chose
/// for the flyer, walking cmark's tree of each block as cmark's writers do, one callback per node.
struct FlyerModelBuilder {
    private var blocks: [FlyerModel.Block] = []
    private var current: FlyerModel.Block?
    private var strong = 0
    private var emphasis = 0
    private var listNumbers: [Int] = []
    private var markerWidths: [Int] = []
    private var quoteDepth = 0
    private var pendingMarker: String?
    private var origin = SourceLocation(file: "", line: 0, column: 0)

    /// The blocks of one page: its title (after the first page), its sections' headings, and the
    /// blocks of words in their text, in order.
    static func blocks(of page: ParsedPage) -> [FlyerModel.Block] {
        var builder = FlyerModelBuilder()
        let sections = page.sections(in: .flyer)
        if page.index > 0 && !sections.isEmpty {
            builder.blocks.append(block(.pageTitle, page.page.name, at: page.page.location))
        }
        for entry in sections {
            if entry.section.showsHeading(in: .flyer) {
                builder.blocks.append(block(.heading(level: 2), entry.section.name, at: entry.section.location))
            }
            for index in entry.blocks.indices {
                builder.origin = entry.blocks[index].block.location
                var walk = MarkdownWalk(from: entry.documents[index].rootNode)
                while let event = walk.next() {
                    builder.visit(event.node, entering: event.entering)
                }
            }
        }
        return builder.blocks
    }

    static func block(_ role: FlyerModel.Role, _ text: String, at location: SourceLocation) -> FlyerModel.Block {
        FlyerModel.Block(
            role: role, runs: [FlyerModel.Run(text: text)], marker: nil, indent: 0, listDepth: 0, quoteDepth: 0,
            spaceBefore: true, location: location)
    }

    private mutating func visit(_ node: MarkdownNode, entering: Bool) {
        switch node.kind {
        case .document, .customBlock, .customInline, .link, .image, .htmlBlock, .htmlInline:
            break
        case .paragraph:
            if entering { open(.paragraph, node) } else { close() }
        case .heading:
            if entering { open(.heading(level: node.headingLevel), node) } else { close() }
        case .codeBlock:
            var literal = node.literal
            if literal.hasSuffix("\n") { literal.removeLast() }
            open(.code, node)
            current?.runs = [FlyerModel.Run(text: literal, code: true)]
            close()
        case .thematicBreak:
            open(.rule, node)
            current?.runs = [FlyerModel.Run(text: "* * *")]
            close()
        case .list:
            if entering { listNumbers.append(node.listStart) } else { listNumbers.removeLast() }
        case .item:
            if entering {
                var marker = "- "
                if node.parent?.isOrderedList == true, let number = listNumbers.last {
                    marker = "\(number). "
                    listNumbers[listNumbers.count - 1] += 1
                }
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

    private mutating func close() {
        if let block = current { blocks.append(block) }
        current = nil
    }

    private mutating func append(_ text: String) {
        current?.runs.append(FlyerModel.Run(text: text, strong: strong > 0, emphasis: emphasis > 0))
    }

    /// A block in an item of a tight list sits right under the one before, unless it opens the list.
    private static func isTight(_ node: MarkdownNode) -> Bool {
        guard let item = node.parent, item.kind == .item, let list = item.parent, list.isTightList else { return false }
        let opensItem = item.firstChild == node
        let opensList = list.firstChild == item
        if opensItem && opensList {
            // The first item of a list nested in a tight item also stays close.
            guard let outerItem = list.parent, outerItem.kind == .item, let outerList = outerItem.parent else {
                return false
            }
            return outerList.isTightList
        }
        return true
    }

    /// Where a node starts in the source file (cmark counts from the block's first line and margin).
    private func location(of node: MarkdownNode) -> SourceLocation {
        SourceLocation(
            file: origin.file, line: origin.line + max(0, node.startLine - 1),
            column: origin.column + max(0, node.startColumn - 1))
    }
}
