import ArgumentParser
import BroadsideCore
import FoundationEssentials
import Glibc

/// What `build` and `check` share: which source to read, and how to report what is wrong with it.
struct SourceOptions: ParsableArguments {
    @Argument(help: "The campaign source, or a folder holding one (default: the single source in content/).")
    var source: String?

    @Option(
        help:
            "How to print diagnostics: text (like a compiler's, on standard error) or json (on standard output, for editors)."
    )
    var format: Report.Format = .text

    /// Options from the environment: `SOURCE_DATE_EPOCH` dates the email message.
    var renderOptions: RenderOptions {
        RenderOptions(sourceDateEpoch: ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) })
    }

    /// Reads and checks the source with `compiler` (which makes its editions, or only checks it),
    /// printing every diagnostic; returns the compilation, or nil when the source could not be found or read.
    func compile(
        with compiler: (_ bytes: consuming [UInt8], _ path: String, _ options: RenderOptions) -> Compilation
    ) -> Compilation? {
        Self.returnFreedMemory()
        let located = SourceFiles.locate(source, currentDirectory: FileManager.default.currentDirectoryPath)
            .flatMap { path in SourceFiles.customStylesheet(besideSource: path).map { (path, $0) } }
        var bytes: [UInt8]
        var options = renderOptions
        let path: String
        switch located.flatMap({ path, stylesheet in SourceFiles.read(path).map { (path, stylesheet, $0) } }) {
        case .failure(let diagnostic):
            Report.print([diagnostic], source: nil, format: format)
            return nil
        case .success(let read):
            (path, options.customStylesheet, bytes) = read
        }
        // The source's bytes are handed over, so the compiler can let them go once they are decoded.
        let compilation = compiler(consume bytes, path, options)
        Report.print(compilation.diagnostics.sorted, source: compilation.source, format: format)
        Self.keptUntilExit = compilation
        return compilation
    }

    /// The command's compilation, kept until the process ends, which frees it all at once: a large
    /// campaign is hundreds of thousands of objects (2-3 ms to free one by one just before exiting).
    nonisolated(unsafe) private static var keptUntilExit: Compilation?

    /// For builds that allocate with glibc's malloc (debug builds; a release build links jemalloc, which
    /// this leaves alone). A build makes and frees megabytes of pages one after another. By default
    /// glibc raises its mmap threshold each time a large block is freed, after which such blocks come
    /// from the heap and their memory stays with the process; a fixed threshold of a few megabytes keeps
    /// the peak near what is in use, while a page's buffers still come from memory already mapped (at
    /// 128 KB the peak of an 8.5 MB campaign was 4 MB lower, but 6% of its time went to page faults).
    private static func returnFreedMemory() {
        #if os(Linux)
            let trimThreshold: Int32 = -1, mmapThreshold: Int32 = -3  // M_TRIM_THRESHOLD, M_MMAP_THRESHOLD
            _ = glibcMallopt(mmapThreshold, 4 << 20)
            _ = glibcMallopt(trimThreshold, 4 << 20)
        #endif
    }
}

#if os(Linux)
    /// glibc's `mallopt`, which the Glibc module does not import (`malloc.h` is not in its module map).
    @_silgen_name("mallopt")
    private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif

/// Printing diagnostics: as text on standard error, where `swift build` and terminals look for them,
/// or as JSON on standard output.
enum Report {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    static func print(_ diagnostics: [Diagnostic], source: SourceText?, format: Format = .text) {
        switch format {
        case .text:
            write(DiagnosticPrinter(source: source).format(diagnostics), to: STDERR_FILENO)
        case .json:
            write(DiagnosticJSON.encode(diagnostics), to: STDOUT_FILENO)
        }
    }

    /// Writes all of `text` to `descriptor`, however many writes that takes.
    private static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
