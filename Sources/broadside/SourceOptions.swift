import ArgumentParser
import BroadsideCore
import Foundation

/// What `build` and `check` share: which source to read, and how to report what is wrong with it.
struct SourceOptions: ParsableArguments {
    @Argument(help: "The campaign source, or a folder holding one (default: the single source in content/).")
    var source: String?

    /// Reads and checks the source, printing every diagnostic; returns the compilation, or nil when the
    /// source could not be found or read.
    func compile() -> Compilation? {
        let located = SourceFiles.locate(source, currentDirectory: FileManager.default.currentDirectoryPath)
            .flatMap { path in SourceFiles.read(path).map { (path, $0) } }
        switch located {
        case .failure(let diagnostic):
            Report.print([diagnostic], source: nil)
            return nil
        case .success(let (path, bytes)):
            let compilation = Broadside.compile(bytes, path: path)
            Report.print(compilation.diagnostics.sorted, source: compilation.source)
            return compilation
        }
    }
}

/// Printing diagnostics to standard error, where `swift build` and terminals look for them.
enum Report {
    static func print(_ diagnostics: [Diagnostic], source: SourceText?) {
        let text = DiagnosticPrinter(sourceText: source?.text).format(diagnostics)
        FileHandle.standardError.write(Data(text.utf8))
    }
}
