import Dispatch

/// One run of the compiler: the source decoded and its structure read (`StructureReader`, piece by
/// piece on every core), then its pages parsed with cmark, checked, and handed to every edition as
/// soon as each can go (`PagePipeline`). Only a few pages exist at once, so memory stays near the size
/// of the source however long the campaign is.
struct CompilerRun {
    var source: SourceText?
    var campaign: Campaign?
    var diagnostics: Diagnostics

    /// Reads `bytes`; with a sink, makes every edition of `options` into it unless the source has errors.
    static func run(_ bytes: consuming [UInt8], path: String, options: RenderOptions, sink: OutputSink?)
        -> CompilerRun
    {
        var diagnostics = Diagnostics()
        if sink != nil && options.editions.contains(.flyer) && options.drawsFlyerPDF { FlyerFonts.startLoading() }
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
        let pipeline = PagePipeline(
            parser: PageParser(source: source, pages: structure.pages), editions: editions)
        let outcome = pipeline.run()
        for diagnostic in outcome.diagnostics.all { diagnostics.emit(diagnostic) }
        if diagnostics.hasErrors { editions = nil }
        if let editions {
            editions.finish(diagnostics: &editionDiagnostics)
            for diagnostic in editionDiagnostics.all { diagnostics.emit(diagnostic) }
        }
        var campaign = structure.campaign
        campaign?.pendingLinks = outcome.pendingLinks
        return CompilerRun(
            source: source, campaign: diagnostics.hasErrors ? nil : campaign, diagnostics: diagnostics)
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
