import ArgumentParser
import BroadsidePreview
import Foundation

struct Preview: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Serve every edition on http://127.0.0.1:PORT/, rebuilt in memory on every save; open pages reload by themselves."
    )

    @Argument(help: "The campaign source, or a folder holding one (default: the single source in content/).")
    var source: String?

    @Option(help: "The port to listen on, on 127.0.0.1 only (0: any free port).")
    var port: UInt16 = 8080

    func run() async throws {
        do {
            try await PreviewServer.run(
                source: source, port: port, currentDirectory: FileManager.default.currentDirectoryPath
            ) { line in
                // Written at once, unbuffered: a script reading the address waits for this line.
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
            }
        } catch let failure as PreviewServer.Failure {
            FileHandle.standardError.write(Data(failure.description.utf8))
            throw ExitCode.failure
        }
    }
}
