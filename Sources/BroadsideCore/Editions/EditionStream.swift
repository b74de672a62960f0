/// An edition made page by page, as cmark's writers make a document node by node: `prepare` makes what
/// it can of one page alone, on any thread, side by side with other pages; `append` takes each page's
/// share in the pages' order; `finish` writes what follows the last page.
///
/// `prepare` reads only what the edition was made with; `append` and `finish` are called on one thread
/// at a time, in order, so they may keep state (the text being laid out, link numbers, lines used).
protocol EditionStream: AnyObject, Sendable {
    associatedtype Prepared: Sendable
    func prepare(_ page: ParsedPage) -> Prepared
    func append(_ prepared: Prepared, of page: ParsedPage, to sink: OutputSink)
    func finish(to sink: OutputSink, diagnostics: inout Diagnostics)
}
