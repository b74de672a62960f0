/// An edition made page by page, as cmark's writers make a document node by node. For each page,
/// `prepare` makes what it can of the page alone, on any thread, side by side with other pages;
/// `order` then settles, in page order, what the page needs from the pages before it (the email's link
/// numbers); `complete` makes the rest, side by side again; `append` adds the page's share to the
/// edition's files, in page order. `finish` writes what follows the last page.
///
/// `prepare` and `complete` read only what the edition was made with; `order`, `append` and `finish`
/// are called on one thread at a time, in order, so they may keep state (link numbers, lines used).
protocol EditionStream: AnyObject, Sendable {
    associatedtype Prepared: Sendable
    func prepare(_ page: ParsedPage) -> Prepared
    func order(_ prepared: inout Prepared)
    func complete(_ prepared: inout Prepared, of page: ParsedPage)
    func append(_ prepared: Prepared, of page: ParsedPage, to sink: OutputSink)
    func finish(to sink: OutputSink, diagnostics: inout Diagnostics)
}

extension EditionStream {
    /// Most editions need nothing from the pages before a page to make it.
    func order(_ prepared: inout Prepared) {}
    func complete(_ prepared: inout Prepared, of page: ParsedPage) {}
}
