import ArgumentParser
import BroadsideCore
import FoundationEssentials

public struct Build: ParsableCommand {
    public static let configuration = CommandConfiguration(
        abstract: "Build every edition into a folder, replacing the previous build only when this one succeeds.")

    @OptionGroup var options: SourceOptions

    @Option(name: .shortAndLong, help: "The folder to write the editions into.")
    var output: String = "dist"

    public init() {}

    public func run() throws {
        let compilation = options.compile { inputs, renderOptions in
            Broadside.build(consume inputs, options: renderOptions, into: output)
        }
        guard let compilation else { throw ExitCode.failure }
        Report.line(compilation.closingLine(writtenTo: URL(fileURLWithPath: output).standardizedFileURL.path))
        guard !compilation.diagnostics.hasErrors else { throw ExitCode.failure }
    }
}
