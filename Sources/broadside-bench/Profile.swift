import ArgumentParser
import BroadsideCore
import Foundation

struct Profile: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Time each stage of one build in this process (read, then each edition alone), to see where the time goes.")

    @Option(help: "How many times the template campaign to repeat.")
    var scale: Int = 100

    @Option(help: "The campaign to repeat.")
    var template: String = "content/campaign.broadside"

    @Flag(help: "Only read the source, ten times (to profile the parser).")
    var readOnly = false

    func run() throws {
        let source = ScaledCampaign(template: try String(contentsOfFile: template, encoding: .utf8), scale: scale)
            .source
        let bytes = Array(source.utf8)
        var diagnostics = Diagnostics()
        if readOnly {
            for _ in 0..<10 { _ = Broadside.read(bytes, path: "scaled.broadside", diagnostics: &diagnostics) }
            return
        }
        // Only whether it read well is kept, so the stages below start with nothing in memory.
        var (isValid, seconds) = timed {
            Broadside.read(bytes, path: "scaled.broadside", diagnostics: &diagnostics).campaign != nil
        }
        print(String(format: "read (decode, parse, cmark, check)  %8.4f s   %d bytes", seconds, bytes.count))
        guard isValid else { throw ValidationError("the scaled campaign has errors") }
        // Each edition alone, as the registry lists them.
        for edition in Edition.all {
            let written: Int
            (written, seconds) = timed {
                let compilation = Broadside.compile(
                    bytes, path: "scaled.broadside", options: RenderOptions(editions: [edition]))
                return compilation.files?.reduce(0) { $0 + $1.contents.count } ?? 0
            }
            print(
                "\(edition.name): \(edition.summary)".padding(toLength: 36, withPad: " ", startingAt: 0)
                    + String(format: "%8.4f s   %d bytes, read included", seconds, written))
        }
        let total: Compilation
        (total, seconds) = timed { Broadside.compile(bytes, path: "scaled.broadside") }
        print(
            "every edition, in memory".padding(toLength: 36, withPad: " ", startingAt: 0)
                + String(format: "%8.4f s   %d bytes", seconds, total.files?.reduce(0) { $0 + $1.contents.count } ?? 0))
    }

    private func timed<T>(_ work: () -> T) -> (T, Double) {
        let start = DispatchTime.now()
        let result = work()
        return (result, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
    }
}
