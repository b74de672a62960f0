import ArgumentParser
import BroadsideCore

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build every edition into a folder, replacing the previous build only when this one succeeds.")

    @OptionGroup var options: SourceOptions

    @Option(name: .shortAndLong, help: "The folder to write the editions into.")
    var output: String = "dist"

    func run() throws {
        guard let compilation = options.compile(), let files = compilation.files else { throw ExitCode.failure }
        if let failure = EditionWriter.write(files, to: output) {
            Report.print([failure], source: nil, format: options.format)
            throw ExitCode.failure
        }
    }
}
