import Dispatch
import Synchronization

/// One run of the compiler: the source decoded and its structure read, then its pages parsed with cmark,
/// checked, and handed to every edition, in waves of a few pages at a time.
///
/// Each wave's pages are parsed and each edition's share of them made side by side on every core
/// (`EditionStream.prepare`); this thread then takes them in order, gathers their diagnostics and
/// settles what a page needs from the pages before it (`order`); the rest of each page is made side by
/// side again (`complete`), together with the next wave's parsing; and one writer thread adds the pages
/// to the editions' files in order (`append`). Only a few waves exist at once, so memory stays near
/// the size of the source however long the campaign is.
struct CompilerRun {
    /// How much Markdown, in bytes, a wave holds at least (unless the campaign has less).
    static let waveBytes = 1 << 17

    var source: SourceText?
    var campaign: Campaign?
    var diagnostics: Diagnostics

    /// Reads `bytes`; with a sink, makes every edition of `options` into it unless the source has errors.
    static func run(_ bytes: consuming [UInt8], path: String, options: RenderOptions, sink: OutputSink?)
        -> CompilerRun
    {
        var diagnostics = Diagnostics()
        let decoded = SourceText.decode(bytes, path: path, diagnostics: &diagnostics)
        // The decoded text is all that is needed from here on: a large source is not held twice.
        bytes = []
        guard let source = decoded, let structure = StructureReader.read(source, diagnostics: &diagnostics) else {
            return CompilerRun(source: nil, campaign: nil, diagnostics: diagnostics)
        }
        var editionDiagnostics = Diagnostics()
        var editions: EditionStreams?
        if let sink, let campaign = structure.campaign, !diagnostics.hasErrors {
            editions = EditionStreams(campaign, options: options, sink: sink)
            EditionRequirements.check(campaign, diagnostics: &editionDiagnostics)
        }
        let parser = PageParser(source: source, pages: structure.pages)
        var pendingLinks: [PendingLink] = []
        let writer = DispatchQueue(label: "broadside.editions")
        // One step's pages may wait for the writer while the next step runs; no more are held.
        let slots = DispatchSemaphore(value: 1)
        var ordered: [Wave.Page] = []
        let waves = Self.waves(structure.pages)
        // One step more than there are waves, to complete the last one.
        for step in 0...waves.count {
            let step = Wave.step(
                completing: ordered, parsing: step < waves.count ? waves[step] : 0..<0, with: parser,
                for: editions)
            if let editions, !step.completed.isEmpty {
                slots.wait()
                writer.async {
                    for page in step.completed { editions.append(page.prepared!, of: page.parsed) }
                    slots.signal()
                }
            }
            ordered = step.parsed
            for page in ordered {
                for diagnostic in page.parsed.diagnostics.all { diagnostics.emit(diagnostic) }
                pendingLinks += page.parsed.pendingLinks
            }
            // After an error nothing is written: only the rest of the source is still checked.
            if diagnostics.hasErrors { editions = nil }
            if let editions {
                for index in ordered.indices where ordered[index].prepared != nil {
                    editions.order(&ordered[index].prepared!)
                }
            } else {
                ordered = []
            }
        }
        writer.sync {}
        if let editions {
            editions.finish(diagnostics: &editionDiagnostics)
            for diagnostic in editionDiagnostics.all { diagnostics.emit(diagnostic) }
        }
        var campaign = structure.campaign
        campaign?.pendingLinks = pendingLinks
        return CompilerRun(
            source: source, campaign: diagnostics.hasErrors ? nil : campaign, diagnostics: diagnostics)
    }

    /// The pages in consecutive runs of at least `waveBytes` of Markdown each (the last may hold less).
    private static func waves(_ pages: [Page]) -> [Range<Int>] {
        var waves: [Range<Int>] = []
        var start = 0
        var bytes = 0
        for (index, page) in pages.enumerated() {
            for section in page.sections {
                for block in section.blocks {
                    for line in block.markdown.lines { bytes += line.utf8.count + 1 }
                }
            }
            if bytes >= waveBytes {
                waves.append(start..<index + 1)
                start = index + 1
                bytes = 0
            }
        }
        if start < pages.count { waves.append(start..<pages.count) }
        return waves
    }
}

/// One step of the run, on every core: the pages of the wave before completed, and a wave parsed.
private enum Wave {
    struct Page: Sendable {
        var parsed: ParsedPage
        var prepared: EditionStreams.Prepared?
    }

    static func step(
        completing ordered: [Page], parsing wave: Range<Int>, with parser: PageParser, for editions: EditionStreams?
    ) -> (completed: [Page], parsed: [Page]) {
        let completed = Mutex<[Int: Page]>([:])
        let parsed = Mutex<[Int: Page]>([:])
        DispatchQueue.concurrentPerform(iterations: ordered.count + wave.count) { item in
            if item < ordered.count {
                var page = ordered[item]
                if let editions, page.prepared != nil { editions.complete(&page.prepared!, of: page.parsed) }
                completed.withLock { $0[item] = page }
            } else {
                let offset = item - ordered.count
                let page = parser.parse(wave.lowerBound + offset, settlingHTML: editions != nil)
                let prepared = editions?.prepare(page)
                parsed.withLock { $0[offset] = Page(parsed: page, prepared: prepared) }
            }
        }
        return (
            completed.withLock { pages in ordered.indices.compactMap { pages[$0] } },
            parsed.withLock { pages in (0..<wave.count).compactMap { pages[$0] } }
        )
    }
}

/// The editions one run makes, each page handed to every one of them.
struct EditionStreams: Sendable {
    let web: WebEdition?
    let flyer: FlyerEdition?
    let email: EmailEdition?
    let sink: OutputSink

    struct Prepared: Sendable {
        var web: [UInt8]?
        var flyer: FlyerEdition.Page?
        var email: EmailEdition.Page?
    }

    init(_ campaign: Campaign, options: RenderOptions, sink: OutputSink) {
        self.sink = sink
        web =
            options.editions.contains(.web)
            ? WebEdition(campaign, customStylesheet: options.customStylesheet) : nil
        flyer = options.editions.contains(.flyer) ? FlyerEdition(campaign, options: options) : nil
        email = options.editions.contains(.email) ? EmailEdition(campaign, date: options.sourceDateEpoch) : nil
    }

    func prepare(_ page: ParsedPage) -> Prepared {
        Prepared(web: web?.prepare(page), flyer: flyer?.prepare(page), email: email?.prepare(page))
    }

    func order(_ prepared: inout Prepared) {
        if let web, prepared.web != nil { web.order(&prepared.web!) }
        if let flyer, prepared.flyer != nil { flyer.order(&prepared.flyer!) }
        if let email, prepared.email != nil { email.order(&prepared.email!) }
    }

    func complete(_ prepared: inout Prepared, of page: ParsedPage) {
        if let web, prepared.web != nil { web.complete(&prepared.web!, of: page) }
        if let flyer, prepared.flyer != nil { flyer.complete(&prepared.flyer!, of: page) }
        if let email, prepared.email != nil { email.complete(&prepared.email!, of: page) }
    }

    func append(_ prepared: Prepared, of page: ParsedPage) {
        if let web, let html = prepared.web { web.append(html, of: page, to: sink) }
        if let flyer, let blocks = prepared.flyer { flyer.append(blocks, of: page, to: sink) }
        if let email, let share = prepared.email { email.append(share, of: page, to: sink) }
    }

    func finish(diagnostics: inout Diagnostics) {
        web?.finish(to: sink, diagnostics: &diagnostics)
        flyer?.finish(to: sink, diagnostics: &diagnostics)
        email?.finish(to: sink, diagnostics: &diagnostics)
    }
}
