import BroadsideCore
import Foundation
import Testing

extension Edition {
    // The editions the tests name; the library itself names none outside the registry.
    static var web: Edition { named("web")! }
    static var flyer: Edition { named("flyer")! }
    static var email: Edition { named("email")! }
}

/// Helpers shared by the core's tests: compile inline sources, find the repository's files.
enum Support {
    /// The repository's root folder (tests may find files through #filePath; the plugin never does).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func compile(_ text: String, path: String = "test.broadside") -> Compilation {
        Broadside.compile(Array(text.utf8), path: path)
    }

    /// A campaign source compiled with a stylesheet beside it.
    static func compile(_ text: String, stylesheet: String, path: String = "test.broadside") -> Compilation {
        Broadside.compile(
            BuildInputs(
                source: InputFile(path: path, bytes: Array(text.utf8)),
                stylesheet: InputFile(path: "content/style.css", bytes: Array(stylesheet.utf8))))
    }

    /// The source at `path` and the stylesheet beside it, read as `broadside build` reads them.
    static func compile(file path: String) throws -> Compilation {
        Broadside.compile(try BuildInputs.read(path, currentDirectory: "/").get())
    }

    /// The campaign of `text`, which must have no errors.
    static func campaign(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Campaign {
        let compilation = compile(text)
        #expect(
            compilation.diagnostics.errors.isEmpty, "\(describe(compilation.diagnostics.errors))",
            sourceLocation: sourceLocation)
        return try #require(compilation.campaign, sourceLocation: sourceLocation)
    }

    /// The compilation of `text`, which must have no errors.
    static func checkedCompilation(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
        -> Compilation
    {
        let compilation = compile(text)
        #expect(
            compilation.diagnostics.errors.isEmpty, "\(describe(compilation.diagnostics.errors))",
            sourceLocation: sourceLocation)
        _ = try #require(compilation.campaign, sourceLocation: sourceLocation)
        return compilation
    }

    /// The one file of an edition, by its path in the output folder.
    static func file(_ path: String, of text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
        -> String
    {
        let compilation = compile(text)
        #expect(
            compilation.diagnostics.errors.isEmpty, "\(describe(compilation.diagnostics.errors))",
            sourceLocation: sourceLocation)
        let files = try #require(compilation.files, sourceLocation: sourceLocation)
        return try #require(files.first { $0.path == path }, sourceLocation: sourceLocation).text
    }

    /// Diagnostics as `line:column: severity: message` lines, for compact assertions.
    static func describe(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)" }
    }

    static func diagnostics(_ text: String) -> [String] {
        describe(compile(text).diagnostics.sorted)
    }

    static func read(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    /// A minimal valid campaign with `pages` appended.
    static func source(pages: String, metadata: String = "") -> String {
        """
        campaign
          candidate: Jane Doe
          office: City Council
          tagline: A better city for everyone
          language: en
        \(metadata)
        \(pages)
        """
    }
}

/// A random number generator that gives the same numbers for the same seed (SplitMix64): every random
/// test names its seed, so that a failure can be run again.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
