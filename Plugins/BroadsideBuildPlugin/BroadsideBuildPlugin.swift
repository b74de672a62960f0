import Foundation
import PackagePlugin

/// Runs `broadside build` on the package's `content/` folder during `swift build`, so that the editions
/// become resources of the target the plugin is applied to.
@main
struct BroadsideBuildPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let content = context.package.directoryURL.appendingPathComponent(PackageLayout.contentFolder)
        let output = context.pluginWorkDirectoryURL.appendingPathComponent(PackageLayout.editionsFolder)
        // Every file in content/ is an input, the files the site ships (content/site/) among them: editing
        // the source, or adding a file, re-runs the build.
        let inputs =
            (FileManager.default.enumerator(at: content, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])?
            .compactMap { $0 as? URL } ?? [])
            .sorted { $0.path < $1.path }
        return [
            .buildCommand(
                displayName: "Broadside: building the editions from \(PackageLayout.contentFolder)/",
                executable: try context.tool(named: "broadside-build").url,
                arguments: ["build", content.path, "--output", output.path],
                // A build that asks for a date on the email (reproducible builds' SOURCE_DATE_EPOCH) passes it on.
                environment: ProcessInfo.processInfo.environment.filter { $0.key == "SOURCE_DATE_EPOCH" },
                inputFiles: inputs,
                // One folder, declared whole: it keeps its tree as a resource, and whatever files the
                // editions write (the registry's business, not the plugin's) are in it.
                outputFiles: [output]
            )
        ]
    }
}
