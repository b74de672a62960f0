import ArgumentParser
import BroadsideCore

public struct Check: ParsableCommand {
    public static let configuration = CommandConfiguration(
        abstract: "Read and check a campaign source, and list what is wrong with it; write nothing.")

    @OptionGroup var options: SourceOptions

    public init() {}

    public func run() throws {
        let compilation = options.compile { inputs, renderOptions in
            Broadside.compile(consume inputs, options: renderOptions)
        }
        guard let compilation else { throw ExitCode.failure }
        Report.line(compilation.closingLine(writtenTo: nil))
        guard !compilation.diagnostics.hasErrors else { throw ExitCode.failure }
    }
}
