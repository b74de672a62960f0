import Dispatch
import Synchronization

/// Takes the pages of a run through parsing and each edition's steps, every page as soon as it can go:
/// no core waits for the slowest page of a batch.
///
/// A page is parsed and prepared on any core as soon as there is room for it. An orderer thread takes
/// the prepared pages in page order (their diagnostics gathered, `EditionStreams.order` called) and
/// sends each to be completed on any core; a writer thread appends the completed pages in page order.
/// Room is counted in Markdown bytes: the pages in the pipeline hold at most `windowBytes` of it (or
/// one page, however long), so memory stays near the size of the source's largest pages, whatever
/// the campaign's length. After a page with an error, the pages that follow are only parsed and
/// checked, and nothing more is written.
final class PagePipeline: @unchecked Sendable {
    /// How much Markdown, in bytes, the pages in the pipeline hold at most (a longer page goes alone).
    static let windowBytes = 1 << 19
    private static let slotBytes = 1 << 16
    private static let slots = windowBytes / slotBytes

    struct Outcome {
        /// The pages' diagnostics, in page order.
        var diagnostics: Diagnostics
        var pendingLinks: [PendingLink]
    }

    private struct Page: Sendable {
        var parsed: ParsedPage
        var prepared: EditionStreams.Prepared?
        /// The room the page takes in the pipeline.
        var slots: Int
    }

    private let parser: PageParser
    private let editions: EditionStreams?
    private let work = DispatchQueue.global()
    private let orderer = DispatchQueue(label: "broadside.order")
    private let writer = DispatchQueue(label: "broadside.editions")
    private let room = DispatchSemaphore(value: PagePipeline.slots)
    private let done = DispatchGroup()
    /// Set by the orderer at the first page with an error.
    private let failed = Atomic<Bool>(false)

    // Changed only on the orderer.
    private var prepared: [Int: Page] = [:]
    private var nextToOrder = 0
    private var diagnostics = Diagnostics()
    private var pendingLinks: [PendingLink] = []

    // Changed only on the writer.
    private var completed: [Int: Page] = [:]
    private var nextToWrite = 0

    /// A pipeline that parses with `parser` and, unless `editions` is nil, makes the editions.
    init(parser: PageParser, editions: EditionStreams?) {
        self.parser = parser
        self.editions = editions
    }

    /// Takes every page through; returns when the last has been written.
    func run() -> Outcome {
        for index in parser.pages.indices {
            let bytes = Self.markdownBytes(parser.pages[index])
            let slots = min(Self.slots, max(1, (bytes + Self.slotBytes - 1) / Self.slotBytes))
            for _ in 0..<slots { room.wait() }
            done.enter()
            let editions = failed.load(ordering: .relaxed) ? nil : editions
            work.async {
                let parsed = self.parser.parse(index, settlingHTML: editions != nil)
                let page = Page(parsed: parsed, prepared: editions?.prepare(parsed), slots: slots)
                self.orderer.async { self.arrived(page, at: index) }
            }
        }
        done.wait()
        // The orderer changed these before it handed the last page on: `done` orders them before this.
        return Outcome(diagnostics: diagnostics, pendingLinks: pendingLinks)
    }

    /// On the orderer: takes the pages that are ready in page order.
    private func arrived(_ page: Page, at index: Int) {
        prepared[index] = page
        while var page = prepared.removeValue(forKey: nextToOrder) {
            let index = nextToOrder
            nextToOrder += 1
            for diagnostic in page.parsed.diagnostics.all { diagnostics.emit(diagnostic) }
            pendingLinks += page.parsed.pendingLinks
            if page.parsed.diagnostics.hasErrors { failed.store(true, ordering: .relaxed) }
            guard let editions, page.prepared != nil, !failed.load(ordering: .relaxed) else {
                page.prepared = nil
                let skipped = page
                writer.async { self.written(skipped, at: index) }
                continue
            }
            editions.order(&page.prepared!)
            let ordered = page
            work.async {
                var page = ordered
                editions.complete(&page.prepared!, of: page.parsed)
                let completed = page
                self.writer.async { self.written(completed, at: index) }
            }
        }
    }

    /// On the writer: appends the completed pages in page order, and makes room for more.
    private func written(_ page: Page, at index: Int) {
        completed[index] = page
        while let page = completed.removeValue(forKey: nextToWrite) {
            nextToWrite += 1
            if let editions, let prepared = page.prepared { editions.append(prepared, of: page.parsed) }
            for _ in 0..<page.slots { room.signal() }
            done.leave()
        }
    }

    private static func markdownBytes(_ page: BroadsideCore.Page) -> Int {
        var bytes = 0
        for section in page.sections {
            for block in section.blocks {
                for line in block.markdown.lines { bytes += line.utf8.count + 1 }
            }
        }
        return bytes
    }
}
