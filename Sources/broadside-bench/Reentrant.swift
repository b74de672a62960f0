import ArgumentParser
import BroadsideCore
import Foundation

struct Reentrant: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Compile a campaign again and again in this one process, as the preview does on every save: the same bytes each time, and the memory held."
    )

    @Option(help: "How many compiles.")
    var runs: Int = 200

    @Option(help: "The campaign to compile.")
    var template: String = "content/campaign.broadside"

    func run() throws {
        print(try Self.measure(template: template, runs: runs).summary)
    }

    struct Figures {
        var identical: Bool
        var runs: Int
        /// Resident memory after a tenth of the compiles, and how much it grew over the rest, in bytes.
        var residentAfterWarmUp: Int
        var growth: Int

        var summary: String {
            String(
                format:
                    "re-entrant: %d compiles in one process, the same bytes each time: %@; resident memory after %d: %.1f MB, grown by %.2f MB over the next %d",
                runs, identical ? "yes" : "NO", runs / 10, Double(residentAfterWarmUp) / 1_048_576,
                Double(growth) / 1_048_576, runs - runs / 10)
        }
    }

    static func measure(template: String, runs: Int) throws -> Figures {
        let bytes = Array(try String(contentsOfFile: template, encoding: .utf8).utf8)
        let first = Broadside.compile(bytes, path: template).files
        var identical = first != nil
        var residentAfterWarmUp = 0
        for run in 1..<max(runs, 2) {
            if Broadside.compile(bytes, path: template).files != first { identical = false }
            if run == runs / 10 { residentAfterWarmUp = Measurement.residentBytes() }
        }
        return Figures(
            identical: identical, runs: runs, residentAfterWarmUp: residentAfterWarmUp,
            growth: Measurement.residentBytes() - residentAfterWarmUp)
    }
}
