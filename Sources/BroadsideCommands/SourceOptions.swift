import ArgumentParser
import BroadsideCore
import FoundationEssentials
import Glibc

/// What `build` and `check` share: which source to read, and how to report what is wrong with it.
public struct SourceOptions: ParsableArguments {
    public init() {}

    @Argument(help: "The campaign source, or a folder holding one (default: the single source in content/).")
    public var source: String?

    @Option(
        help:
            "How to print diagnostics: text (like a compiler's, on standard error) or json (on standard output, for editors)."
    )
    var format: Report.Format = .text

    /// Reads the inputs and compiles them with `compiler` (which writes the editions, or only checks
    /// them), printing every diagnostic; returns the compilation, or nil when the source could not be
    /// found or read.
    public func compile(with compiler: (_ inputs: consuming BuildInputs, _ options: RenderOptions) -> Compilation)
        -> Compilation?
    {
        let inputs: BuildInputs
        let date: Int?
        // Options from the environment: `SOURCE_DATE_EPOCH` dates the email message and the PDF.
        let read = RenderOptions.sourceDateEpoch(ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"]).flatMap {
            epoch in
            BuildInputs.read(source, currentDirectory: FileManager.default.currentDirectoryPath).map { (epoch, $0) }
        }
        switch read {
        case .failure(let diagnostic):
            Report.print([diagnostic], source: nil, format: format)
            return nil
        case .success(let read):
            (date, inputs) = read
        }
        // Handed over, so that the compiler can let the source's bytes go once they are decoded.
        let compilation = compiler(consume inputs, RenderOptions(sourceDateEpoch: date))
        Report.print(
            compilation.diagnostics.sorted, source: compilation.source, stylesheet: compilation.stylesheet,
            format: format)
        return compilation
    }
}

/// Printing diagnostics: as text on standard error, where `swift build` and terminals look for them,
/// or as JSON on standard output.
public enum Report {
    public enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    public static func print(
        _ diagnostics: [Diagnostic], source: SourceText?, stylesheet: CustomStylesheet? = nil, format: Format = .text
    ) {
        switch format {
        case .text:
            write(DiagnosticPrinter(source: source, stylesheet: stylesheet).format(diagnostics), to: STDERR_FILENO)
        case .json:
            write(DiagnosticJSON.encode(diagnostics), to: STDOUT_FILENO)
        }
    }

    /// One line on standard error, after the diagnostics (standard output may be JSON).
    public static func line(_ text: String) {
        write(text + "\n", to: STDERR_FILENO)
    }

    /// Prints `message` as an error on standard error and gives the command's failure.
    static func failure(_ message: String) -> ExitCode {
        line("error: \(message)")
        return ExitCode.failure
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
