import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory publish [--output PATH]`: builds every edition
/// of the campaign in `content/` into `dist/`, or into PATH (which also needs `--allow-writing-to-directory PATH`).
@main
struct BroadsidePublishPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let outputs = extractor.extractOption(named: "output")
        if let unknown = extractor.remainingArguments.first {
            throw PublishError("unknown argument `\(unknown)`; the only option is --output PATH")
        }
        guard outputs.count <= 1 else { throw PublishError("give --output once") }
        let package = context.package.directoryURL
        let output =
            outputs.first.map { URL(fileURLWithPath: $0, relativeTo: package) }
            ?? package.appendingPathComponent("dist")
        let content = package.appendingPathComponent(PackageLayout.contentFolder)

        let process = Process()
        process.executableURL = try context.tool(named: "broadside-build").url
        process.arguments = ["build", content.path, "--output", output.standardizedFileURL.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw PublishError("the campaign source has errors; nothing was published")
        }
        let written = (try? FileManager.default.contentsOfDirectory(atPath: output.standardizedFileURL.path)) ?? []
        let names = written.filter { !$0.hasPrefix(".") }.sorted()
        print("Published the editions to \(output.standardizedFileURL.path): \(names.joined(separator: ", "))")
    }
}

struct PublishError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
