import ArgumentParser
import Foundation

/// A campaign of many tiny pages, built by the real tool: every page carries the navigation, so this
/// is where a cost that grows with the square of the page count would show.
struct LargeSites: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "large-sites",
        abstract:
            "Build campaigns of 1,000 to 50,000 tiny pages with `broadside build`; print time, memory and output size."
    )

    @Option(help: "The broadside tool to measure (default: the one built beside this benchmark).")
    var broadside: String?

    @Option(parsing: .upToNextOption, help: "The page counts to build.")
    var pages: [Int] = [1_000, 10_000, 50_000]

    /// A source of `count` pages, each with one section and a link to the next page; all but the first
    /// are off the flyer, which holds at most two sides.
    static func source(pages count: Int) -> String {
        var source = "campaign\n  candidate: Jane Doe\n  office: Mayor\n  tagline: Many pages\n  language: en\n"
        for page in 0..<count {
            source +=
                "page Page \(page)\n\(page == 0 ? "" : "  not in: flyer\n")  section S\n    [next](page:page-\((page + 1) % count))\n"
        }
        return source
    }

    func run() throws {
        let tool =
            broadside
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("broadside").path
        guard FileManager.default.isExecutableFile(atPath: tool) else {
            throw ValidationError("no broadside tool at \(tool); build it first")
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("broadside-large-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: work) }
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        print("pages      source      seconds   peak memory   files     written")
        for count in pages {
            let source = "\(work)/campaign-\(count).broadside"
            try Self.source(pages: count).write(toFile: source, atomically: true, encoding: .utf8)
            let output = "\(work)/out-\(count)"
            let build = Measurement.run([tool, "build", source, "--output", output])
            guard build.status == 0 else { throw ValidationError("the build of \(count) pages failed") }
            let (files, bytes) = try Self.size(of: output)
            print(
                String(
                    format: "%-8d %7.1f KB %10.2f   %8.1f MB  %6d  %8.1f MB", count,
                    Double(try Self.fileSize(source)) / 1e3, build.seconds, Double(build.peakResidentBytes) / 1e6,
                    files,
                    Double(bytes) / 1e6))
            try FileManager.default.removeItem(atPath: output)
        }
    }

    private static func fileSize(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    private static func size(of folder: String) throws -> (files: Int, bytes: Int) {
        var files = 0
        var bytes = 0
        for case let path as String in FileManager.default.enumerator(atPath: folder) ?? NSEnumerator() {
            var isDirectory: ObjCBool = false
            let full = "\(folder)/\(path)"
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            files += 1
            bytes += try fileSize(full)
        }
        return (files, bytes)
    }
}
