import ArgumentParser
import BroadsideCommands
import BroadsideCore

@main
struct Tool: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "broadside",
        abstract:
            "Builds a campaign's editions from one source file: \(Edition.all.map(\.summary).joined(separator: "; ")).",
        subcommands: [Build.self, Check.self, Preview.self, Init.self, SendTest.self, Translations.self]
    )
}
