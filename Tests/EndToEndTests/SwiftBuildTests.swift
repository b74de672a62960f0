import BroadsideCore
import Foundation
import Testing

/// Runs the real build plugin through `swift build` on a copy of this package, as campaign staff do.
@Suite("swift build, end to end", .serialized, .timeLimit(.minutes(20)))
struct SwiftBuildTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Run {
        var status: Int32
        var output: String
    }

    static func run(_ arguments: [String], in folder: URL) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// A copy of the package (symlinks kept) in a new folder, without any build products.
    static func copyOfPackage() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("broadside-e2e-\(UUID().uuidString)")
        let package = folder.appendingPathComponent("campaign-site")
        try FileManager.default.createDirectory(at: package, withIntermediateDirectories: true)
        for item in ["Package.swift", "Sources", "Plugins", "Tests", "content"] {
            let copy = try run(
                ["cp", "-a", repositoryRoot.appendingPathComponent(item).path, package.path], in: folder)
            #expect(copy.status == 0, "\(copy.output)")
        }
        return package
    }

    @Test(
        "swift build writes every edition; a source error fails it at the right line and keeps the last good editions")
    func buildsAndFailsCleanly() throws {
        let package = try Self.copyOfPackage()
        defer { try? FileManager.default.removeItem(at: package.deletingLastPathComponent()) }
        let editions = package.appendingPathComponent(
            ".build/plugins/outputs/campaign-site/Campaign/destination/BroadsideBuildPlugin/editions")
        let source = package.appendingPathComponent("content/campaign.broadside")

        let first = try Self.run(["swift", "build"], in: package)
        #expect(first.status == 0, "\(first.output)")
        #expect(first.output.contains("\(source.path):27:218: warning: 11 links have no target yet"), "\(first.output)")
        #expect(
            first.output.contains(
                "Broadside: built site (1 page), flyer.txt, flyer.pdf (1 page, 10 pt), flyer-2up.pdf, email.txt, email.eml, email.html — in \(editions.path)"
            ), "\(first.output)")
        let library = try #require(Broadside.compile(try [UInt8](Data(contentsOf: source)), path: source.path).files)
        for file in library {
            #expect(
                try Data(contentsOf: editions.appendingPathComponent(file.path)) == Data(file.contents), "\(file.path)")
        }

        // Each run of the compiler swaps in a new editions folder: the marker's inode tells whether it ran.
        let marker = editions.appendingPathComponent(".broadside-build").path
        func markerIdentity() throws -> Int {
            try #require(FileManager.default.attributesOfItem(atPath: marker)[.systemFileNumber] as? Int)
        }
        let noOp = try Self.run(["swift", "build"], in: package)
        #expect(noOp.status == 0)
        let beforeNoOp = try markerIdentity()
        let secondNoOp = try Self.run(["swift", "build"], in: package)
        #expect(secondNoOp.status == 0)
        #expect(try markerIdentity() == beforeNoOp, "a no-op build ran the compiler:\n\(secondNoOp.output)")

        let good = try String(contentsOf: source, encoding: .utf8)
        try good.replacingOccurrences(of: "  tagline:", with: "  taglin:").write(
            to: source, atomically: true, encoding: .utf8)
        let broken = try Self.run(["swift", "build"], in: package)
        #expect(broken.status != 0)
        #expect(
            broken.output.contains("\(source.path):4:3: error: unknown key `taglin` in the `campaign` block"),
            "\(broken.output)")
        #expect(
            broken.output.contains("Broadside: 2 errors; the editions were not updated (the last good build is kept)"),
            "\(broken.output)")
        for file in library {
            #expect(
                try Data(contentsOf: editions.appendingPathComponent(file.path)) == Data(file.contents),
                "\(file.path) changed after a failed build")
        }

        try good.replacingOccurrences(of: "Hello!", with: "Welcome!").write(
            to: source, atomically: true, encoding: .utf8)
        let beforeEdit = try markerIdentity()
        let edited = try Self.run(["swift", "build"], in: package)
        #expect(edited.status == 0, "\(edited.output)")
        #expect(edited.output.contains("Broadside: built site (1 page)"), "\(edited.output)")
        #expect(try markerIdentity() != beforeEdit, "editing the source did not run the compiler")
        let index = try String(contentsOf: editions.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(index.contains("<h2>Welcome!</h2>"))
    }

    @Test("the publish command writes the editions to dist/")
    func publish() throws {
        let package = try Self.copyOfPackage()
        defer { try? FileManager.default.removeItem(at: package.deletingLastPathComponent()) }
        let refused = try Self.run(["swift", "package", "publish"], in: package)
        #expect(refused.status != 0)
        let published = try Self.run(
            ["swift", "package", "--allow-writing-to-package-directory", "publish"], in: package)
        #expect(published.status == 0, "\(published.output)")
        for path in ["dist/site/index.html", "dist/site/style.css", "dist/flyer.txt", "dist/email.txt"] {
            #expect(FileManager.default.fileExists(atPath: package.appendingPathComponent(path).path), "\(path)")
        }
        let elsewhere = package.deletingLastPathComponent().appendingPathComponent("out")
        let custom = try Self.run(
            [
                "swift", "package", "--allow-writing-to-package-directory", "--allow-writing-to-directory",
                elsewhere.path,
                "publish", "--output", elsewhere.path,
            ], in: package)
        #expect(custom.status == 0, "\(custom.output)")
        #expect(FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("flyer.txt").path))
    }
}
