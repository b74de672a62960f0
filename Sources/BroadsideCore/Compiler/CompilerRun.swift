import Dispatch
import Synchronization

/// One run of the compiler: the source decoded and its structure read, then its pages parsed with cmark,
/// checked, and handed to every edition, in waves of a few pages at a time.
///
/// Within a wave the pages are parsed and each edition's share of them made side by side on every core
/// (`EditionStream.prepare`); a wave's pages are then added to the editions in order on one writer
/// thread (`append`), while the next wave is parsed. At most a few waves' trees and output exist at
/// once, so memory stays near the size of the source however long the campaign is.
struct CompilerRun {
    /// How much Markdown, in bytes, a wave holds at least (unless the campaign has less).
    static let waveBytes = 1 << 18

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
        guard let source = decoded, let outline = OutlineParser.parse(source, diagnostics: &diagnostics) else {
            return CompilerRun(source: nil, campaign: nil, diagnostics: diagnostics)
        }
        let structure = CampaignBuilder.build(outline, source: source, diagnostics: &diagnostics)
        var editionDiagnostics = Diagnostics()
        var editions: EditionStreams?
        if let sink, let campaign = structure.campaign, !diagnostics.hasErrors {
            editions = EditionStreams(campaign, options: options)
            EditionRequirements.check(campaign, diagnostics: &editionDiagnostics)
        }
        let parser = PageParser(source: source, pages: structure.pages)
        var pendingLinks: [PendingLink] = []
        let writer = DispatchQueue(label: "broadside.editions")
        // One wave may wait for the writer while the next is parsed; no more are held.
        let slots = DispatchSemaphore(value: 1)
        for wave in waves(structure.pages) {
            let pages = parse(wave, with: parser, preparingFor: editions)
            for (page, _) in pages {
                for diagnostic in page.diagnostics.all { diagnostics.emit(diagnostic) }
                pendingLinks += page.pendingLinks
            }
            // After an error nothing is written: only the rest of the source is still checked.
            if diagnostics.hasErrors { editions = nil }
            if let editions, let sink {
                slots.wait()
                writer.async {
                    for (page, prepared) in pages {
                        if let prepared { editions.append(prepared, of: page, to: sink) }
                    }
                    slots.signal()
                }
            }
        }
        writer.sync {}
        if let editions, let sink {
            editions.finish(to: sink, diagnostics: &editionDiagnostics)
            for diagnostic in editionDiagnostics.all { diagnostics.emit(diagnostic) }
        }
        var campaign = structure.campaign
        campaign?.pendingLinks = pendingLinks
        return CompilerRun(
            source: source, campaign: diagnostics.hasErrors ? nil : campaign, diagnostics: diagnostics)
    }

    /// Parses the pages of `wave` side by side, with each edition's share of them when there are editions.
    private static func parse(_ wave: Range<Int>, with parser: PageParser, preparingFor editions: EditionStreams?)
        -> [(ParsedPage, EditionStreams.Prepared?)]
    {
        let results = Mutex<[Int: (ParsedPage, EditionStreams.Prepared?)]>([:])
        DispatchQueue.concurrentPerform(iterations: wave.count) { offset in
            let page = parser.parse(wave.lowerBound + offset, settlingHTML: editions != nil)
            let prepared = editions?.prepare(page)
            results.withLock { $0[offset] = (page, prepared) }
        }
        return results.withLock { results in (0..<wave.count).compactMap { results[$0] } }
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

/// The editions one run makes, each page handed to every one of them.
struct EditionStreams: Sendable {
    let web: WebEdition?
    let flyer: FlyerEdition?
    let email: EmailEdition?

    struct Prepared: Sendable {
        var web: [UInt8]?
        var flyer: [FlyerModel.Block]?
        var email: [UInt8]?
    }

    init(_ campaign: Campaign, options: RenderOptions) {
        web =
            options.editions.contains(.web)
            ? WebEdition(campaign, customStylesheet: options.customStylesheet) : nil
        flyer = options.editions.contains(.flyer) ? FlyerEdition(campaign, options: options) : nil
        email = options.editions.contains(.email) ? EmailEdition(campaign, date: options.sourceDateEpoch) : nil
    }

    func prepare(_ page: ParsedPage) -> Prepared {
        Prepared(web: web?.prepare(page), flyer: flyer?.prepare(page), email: email?.prepare(page))
    }

    func append(_ prepared: Prepared, of page: ParsedPage, to sink: OutputSink) {
        if let web, let html = prepared.web { web.append(html, of: page, to: sink) }
        if let flyer, let blocks = prepared.flyer { flyer.append(blocks, of: page, to: sink) }
        if let email, let html = prepared.email { email.append(html, of: page, to: sink) }
    }

    func finish(to sink: OutputSink, diagnostics: inout Diagnostics) {
        web?.finish(to: sink, diagnostics: &diagnostics)
        flyer?.finish(to: sink, diagnostics: &diagnostics)
        email?.finish(to: sink, diagnostics: &diagnostics)
    }
}
