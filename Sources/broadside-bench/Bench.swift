import ArgumentParser

@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "broadside-bench",
        abstract: "Measures Broadside against cmark on campaigns 1× to 1000× the size of content/'s.",
        subcommands: [Generate.self, Run.self, Profile.self, Pathological.self, Reentrant.self, LargeSites.self]
    )
}
