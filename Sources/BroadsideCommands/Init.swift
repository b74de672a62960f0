import ArgumentParser
import FoundationEssentials
import Glibc

/// `broadside init [FOLDER]`: a campaign package of its own, depending on Broadside.
public struct Init: ParsableCommand {
    public static let configuration = CommandConfiguration(
        abstract: "Write a new campaign package: Package.swift with Broadside's build plugin, and a starter content/.",
        discussion: """
            The package depends on the Broadside checkout this tool was built from, unless --broadside-url \
            and --broadside-version name a published copy (or --broadside-path another checkout). It refuses \
            to write over files that are already there.
            """)

    @Argument(help: "The folder for the new package (default: the current folder).")
    var folder: String = "."

    @Option(help: "A Broadside checkout on this machine to depend on (default: the one this tool was built from).")
    var broadsidePath: String?

    @Option(help: "Broadside's repository, to depend on a published version instead of a checkout.")
    var broadsideURL: String?

    @Option(help: "The version of Broadside's repository to depend on (with --broadside-url).")
    var broadsideVersion: String?

    public init() {}

    public func validate() throws {
        if (broadsideURL == nil) != (broadsideVersion == nil) {
            throw ValidationError("give --broadside-url and --broadside-version together")
        }
        if broadsideURL != nil && broadsidePath != nil {
            throw ValidationError("give either --broadside-path or --broadside-url, not both")
        }
    }

    public func run() throws {
        let manager = FileManager.default
        let current = manager.currentDirectoryPath
        let target = folder.hasPrefix("/") ? folder : current + "/" + folder
        let dependency: StarterPackage.Dependency
        if let url = broadsideURL, let version = broadsideVersion {
            dependency = .url(url, version: version)
        } else if let path = broadsidePath ?? Self.checkoutOfThisTool() {
            dependency = .path(path.hasPrefix("/") ? path : current + "/" + path)
        } else {
            throw Report.failure(
                "cannot tell where Broadside is: name a checkout with --broadside-path PATH, or a published copy with --broadside-url URL --broadside-version VERSION"
            )
        }
        let name = URL(fileURLWithPath: target).standardizedFileURL.lastPathComponent
        let package = StarterPackage(name: name, dependency: dependency)
        let existing = package.files.map(\.path).filter { manager.fileExists(atPath: target + "/" + $0) }
        let sources = ((try? manager.contentsOfDirectory(atPath: target + "/content")) ?? []).filter {
            $0.hasSuffix(".broadside")
        }
        guard existing.isEmpty && sources.isEmpty else {
            let named = Set(existing + sources.map { "content/\($0)" }).sorted()
            throw Report.failure(
                "\(folder) already has \(named.joined(separator: ", ")); init writes a new package and never replaces a file"
            )
        }
        for file in package.files {
            let path = target + "/" + file.path
            try manager.createDirectory(
                atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: URL(fileURLWithPath: path))
        }
        print(
            """
            Broadside: wrote a campaign package in \(URL(fileURLWithPath: target).standardizedFileURL.path)
              edit content/campaign.broadside, then, in that folder:
                swift run broadside preview    (see every edition while you edit)
                swift build                    (build every edition)
                swift package --allow-writing-to-package-directory publish    (write them to dist/)
            """)
    }

    /// The Broadside checkout whose `.build` this tool runs from, if it runs from one.
    static func checkoutOfThisTool() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        var folder = URL(
            fileURLWithPath: String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self))
        while folder.path != "/" {
            folder.deleteLastPathComponent()
            let manifest = folder.appendingPathComponent("Package.swift").path
            if let text = try? String(contentsOfFile: manifest, encoding: .utf8), text.contains("name: \"Broadside\"") {
                return folder.path
            }
        }
        return nil
    }
}
