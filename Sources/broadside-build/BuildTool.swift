import ArgumentParser
import BroadsideCommands

/// The tool the build and publish plugins run: `build` alone, so that what `swift build` runs on every
/// edit of the source links no more than the compiler (the full `broadside` tool also serves previews).
@main
struct BuildTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "broadside-build",
        abstract: "Builds a campaign's editions from one source file (the build plugin's tool).",
        subcommands: [Build.self]
    )
}
