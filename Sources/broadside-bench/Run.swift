import ArgumentParser
import BroadsideCore
import Foundation

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate each scale and time `broadside build` against `cmark` on the same Markdown; print a table.")

    @Option(help: "The scales to measure, separated by commas.")
    var scales: String = "1,10,100,1000"

    @Option(help: "Runs of each command per scale; the median is reported.")
    var runs: Int = 5

    @Option(help: "The broadside tool to measure (default: the one built beside this benchmark).")
    var broadside: String?

    @Option(help: "The cmark command-line tool.")
    var cmark: String = "/usr/bin/cmark"

    @Option(help: "The campaign to repeat.")
    var template: String = "content/campaign.broadside"

    func run() throws {
        let tool =
            broadside
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
                "broadside"
            ).path
        guard FileManager.default.isExecutableFile(atPath: tool) else {
            throw ValidationError("no broadside tool at \(tool); build it first")
        }
        guard FileManager.default.isExecutableFile(atPath: cmark) else {
            throw ValidationError("no cmark at \(cmark); apt-get install cmark")
        }
        let template = try String(contentsOfFile: self.template, encoding: .utf8)
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("broadside-bench-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: work) }

        print("scale  source bytes  Broadside s    cmark s   ratio  Broadside peak RSS MB     MB/s")
        var rows: [(scale: Int, bytes: Int, seconds: Double, cmark: Double, rss: Int)] = []
        for scale in scales.split(separator: ",").compactMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
            let folder = "\(work)/scale-\(scale)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let campaign = ScaledCampaign(template: template, scale: scale)
            try campaign.source.write(toFile: "\(folder)/campaign.broadside", atomically: true, encoding: .utf8)
            try campaign.bodies.write(toFile: "\(folder)/bodies.md", atomically: true, encoding: .utf8)

            var broadsideTimes: [Double] = []
            var cmarkTimes: [Double] = []
            var peak = 0
            for index in 0..<runs {
                let output = "\(folder)/out-\(index)"
                let build = Measurement.run([tool, "build", "\(folder)/campaign.broadside", "--output", output])
                guard build.status == 0 else {
                    throw ValidationError("broadside build failed at scale \(scale) (status \(build.status))")
                }
                broadsideTimes.append(build.seconds)
                peak = max(peak, build.peakResidentBytes)
                try? FileManager.default.removeItem(atPath: output)
                let html = Measurement.run([cmark, "\(folder)/bodies.md"])
                guard html.status == 0 else { throw ValidationError("cmark failed at scale \(scale)") }
                cmarkTimes.append(html.seconds)
            }
            let row = (
                scale, campaign.source.utf8.count, Measurement.median(broadsideTimes), Measurement.median(cmarkTimes),
                peak
            )
            rows.append(row)
            print(Self.format(row))
            try? FileManager.default.removeItem(atPath: folder)
        }
        printTargets(rows)
        try printSeedBuild(tool: tool, work: work)
        try printRepeatedCompiles()
    }

    /// The seed campaign as staff build it: `broadside build` of the template, the median of 20 runs.
    private func printSeedBuild(tool: String, work: String) throws {
        var times: [Double] = []
        for index in 0..<20 {
            let output = "\(work)/seed-\(index)"
            let build = Measurement.run([tool, "build", template, "--output", output])
            guard build.status == 0 else { throw ValidationError("broadside build of \(template) failed") }
            times.append(build.seconds)
            try? FileManager.default.removeItem(atPath: output)
        }
        let median = Measurement.median(times)
        print(
            String(
                format: "target: the seed campaign built in at most 50 ms (median of 20): %.1f ms — %@", median * 1000,
                median <= 0.05 ? "met" : "MISSED"))
    }

    private func printRepeatedCompiles() throws {
        print(try Reentrant.measure(template: template, runs: 200).summary)
    }

    static func format(_ row: (scale: Int, bytes: Int, seconds: Double, cmark: Double, rss: Int)) -> String {
        let megabytes = Double(row.bytes) / 1_048_576
        return [
            pad(String(row.scale), 5), pad(String(row.bytes), 13), pad(String(format: "%.4f", row.seconds), 12),
            pad(String(format: "%.4f", row.cmark), 10), pad(String(format: "%.2f", row.seconds / row.cmark), 7),
            pad(String(format: "%.1f", Double(row.rss) / 1_048_576), 22),
            pad(String(format: "%.2f", megabytes / row.seconds), 8),
        ].joined(separator: " ")
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// The issue's targets, checked against the largest scales measured.
    private func printTargets(_ rows: [(scale: Int, bytes: Int, seconds: Double, cmark: Double, rss: Int)]) {
        guard let largest = rows.last, rows.count >= 2 else { return }
        let previous = rows[rows.count - 2]
        let ratio = largest.seconds / largest.cmark
        let perMB = { (row: (scale: Int, bytes: Int, seconds: Double, cmark: Double, rss: Int)) in
            row.seconds / (Double(row.bytes) / 1_048_576)
        }
        let linearity = perMB(largest) / perMB(previous)
        let rssLimit = 5 * largest.bytes + 30 * 1_048_576
        print("")
        print(
            String(
                format: "target: all editions at most 2.5x cmark's HTML at scale %d: %.2fx — %@", largest.scale, ratio,
                ratio <= 2.5 ? "met" : "MISSED"))
        print(
            String(
                format: "target: time per MB at scale %d within 1.5x of scale %d: %.2fx — %@", largest.scale,
                previous.scale, linearity, linearity <= 1.5 ? "met" : "MISSED"))
        print(
            String(
                format: "target: peak RSS at most 5x source + 30 MB (%.1f MB): %.1f MB — %@",
                Double(rssLimit) / 1_048_576, Double(largest.rss) / 1_048_576,
                largest.rss <= rssLimit ? "met" : "MISSED"))
    }
}
