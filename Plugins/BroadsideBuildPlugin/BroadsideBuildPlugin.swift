import Foundation
import PackagePlugin

/// Runs `broadside build` on the package's `content/` folder during `swift build`, so that the editions
/// become resources of the target the plugin is applied to.
@main
struct BroadsideBuildPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let content = context.package.directoryURL.appendingPathComponent(EditionOutputs.contentFolder)
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("editions")
        // Every file in content/ is an input: editing the source, or adding a second one, re-runs the build.
        let inputs =
            ((try? FileManager.default.contentsOfDirectory(at: content, includingPropertiesForKeys: nil)) ?? [])
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.path < $1.path }
        return [
            .buildCommand(
                displayName: "Broadside: building the campaign's editions from \(EditionOutputs.contentFolder)/",
                executable: try context.tool(named: "broadside").url,
                arguments: ["build", content.path, "--output", output.path],
                // A build that asks for a date on the email (reproducible builds' SOURCE_DATE_EPOCH) passes it on.
                environment: ProcessInfo.processInfo.environment.filter { $0.key == "SOURCE_DATE_EPOCH" },
                inputFiles: inputs,
                // A folder keeps its tree as a resource; files declared one by one would be flattened.
                outputFiles: EditionOutputs.all.map { output.appendingPathComponent($0) }
            )
        ]
    }
}
