import ArgumentParser
import Foundation

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Write a campaign about N times the size of content/'s (DIR/campaign.broadside) and its Markdown bodies (DIR/bodies.md)."
    )

    @Option(help: "How many times the template campaign to repeat.")
    var scale: Int

    @Option(help: "The folder to write into.")
    var output: String

    @Option(help: "The campaign to repeat.")
    var template: String = "content/campaign.broadside"

    func validate() throws {
        guard scale >= 1 else { throw ValidationError("--scale must be at least 1") }
    }

    func run() throws {
        let template = try String(contentsOfFile: self.template, encoding: .utf8)
        let campaign = ScaledCampaign(template: template, scale: scale)
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try campaign.source.write(toFile: "\(output)/campaign.broadside", atomically: true, encoding: .utf8)
        try campaign.bodies.write(toFile: "\(output)/bodies.md", atomically: true, encoding: .utf8)
        print(
            "wrote \(output)/campaign.broadside (\(campaign.source.utf8.count) bytes) and \(output)/bodies.md (\(campaign.bodies.utf8.count) bytes)"
        )
    }
}
