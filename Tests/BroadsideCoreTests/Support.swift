import BroadsideCore
import Foundation
import Testing

/// Helpers shared by the core's tests: compile inline sources, find the repository's files.
enum Support {
    /// The repository's root folder (tests may find files through #filePath; the plugin never does).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func compile(_ text: String, path: String = "test.broadside") -> Compilation {
        Broadside.compile(Array(text.utf8), path: path)
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
