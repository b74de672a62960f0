import ArgumentParser
import BroadsideCore

@main
struct Tool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "broadside",
        abstract: "Builds a campaign's website, flyer and email from one source file.",
        subcommands: [Build.self, Check.self]
    )

    /// Starts loading Pango, Cairo and the flyer's fonts on another thread before the arguments are
    /// parsed, when they name a verb that will draw the PDF: loading takes longer than parsing and
    /// reading the source, and would otherwise begin only after them.
    static func main() {
        if let verb = CommandLine.arguments.dropFirst().first, ["build", "check"].contains(verb) {
            Broadside.startLoadingFlyerFonts()
        }
        main(nil)
    }
}
