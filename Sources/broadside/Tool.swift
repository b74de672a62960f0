import ArgumentParser

@main
struct Tool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "broadside",
        abstract: "Builds a campaign's website, flyer and email from one source file.",
        subcommands: [Build.self, Check.self]
    )
}
