import ArgumentParser
import BroadsideCore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read and check a campaign source, and list what is wrong with it; write nothing.")

    @OptionGroup var options: SourceOptions

    func run() throws {
        guard let compilation = options.compile(), compilation.files != nil else { throw ExitCode.failure }
    }
}
