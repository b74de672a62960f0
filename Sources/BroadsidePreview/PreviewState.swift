import BroadsideCore

/// What the preview shows: the files of the last good build, and what the latest build said. A build
/// with errors keeps the last good files and shows its errors over them.
struct PreviewSnapshot: Sendable {
    /// Counts the builds, so that an open page knows when to reload.
    var generation = 0
    var files: [String: OutputFile] = [:]
    /// The latest build's errors, each printed as the terminal shows it (source line and caret).
    var errors: [String] = []
    /// Its warnings and notes, printed the same way.
    var warnings: [String] = []
    /// The build's closing line (`Broadside: built …` or `Broadside: 2 errors; …`).
    var closingLine = ""
    /// The campaign's languages, the original first, as of the last good build.
    var languages: [String] = []

    /// The snapshot after `compilation`: its files when it has no errors, the old ones otherwise.
    func after(_ compilation: Compilation) -> PreviewSnapshot {
        var next = self
        next.generation += 1
        if let files = compilation.files {
            next.files = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { _, last in last })
            next.languages = compilation.campaign?.languages ?? []
        }
        let printer = DiagnosticPrinter(source: compilation.source, stylesheet: compilation.stylesheet)
        let sorted = compilation.diagnostics.sorted
        next.errors = sorted.filter { $0.severity == .error }.map { printer.format($0) }
        next.warnings = sorted.filter { $0.severity != .error }.map { printer.format($0) }
        next.closingLine = compilation.closingLine(writtenTo: nil)
        return next
    }
}

/// The preview's one piece of shared state: the latest snapshot, and the pages waiting to hear of the
/// next one.
actor PreviewState {
    private(set) var snapshot = PreviewSnapshot()
    private var listeners: [Int: AsyncStream<Int>.Continuation] = [:]
    private var nextListener = 0

    func publish(_ compilation: Compilation) {
        snapshot = snapshot.after(compilation)
        for listener in listeners.values { listener.yield(snapshot.generation) }
    }

    /// The generation of every build from now on, until the caller stops listening.
    func listen() -> AsyncStream<Int> {
        let (stream, continuation) = AsyncStream<Int>.makeStream()
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.stopListening(id) } }
        return stream
    }

    private func stopListening(_ id: Int) {
        listeners[id] = nil
    }
}
