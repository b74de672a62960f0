import BroadsideCore
import Foundation
import Testing

/// docs/FORMAT.md and the parser never disagree: every example in it is compiled here.
@Suite("docs/FORMAT.md")
struct FormatDocumentTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var line: Int
        var source: String
        var expectedDiagnostics: [String]?
        var testDescription: String { "example at FORMAT.md line \(line)" }
    }

    /// The fenced blocks of the document: `broadside` (valid), `broadside-invalid` followed by `diagnostics`.
    static func examples() throws -> [Example] {
        let text = try Support.read(Support.repositoryRoot.appendingPathComponent("docs/FORMAT.md"))
        var blocks: [(info: String, line: Int, body: String)] = []
        var current: (info: String, line: Int, lines: [Substring])?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("```") {
                if let open = current {
                    blocks.append((open.info, open.line, open.lines.joined(separator: "\n") + "\n"))
                    current = nil
                } else {
                    current = (String(line.dropFirst(3)), index + 1, [])
                }
            } else {
                current?.lines.append(line)
            }
        }
        var examples: [Example] = []
        for (offset, block) in blocks.enumerated() {
            switch block.info {
            case "broadside":
                examples.append(Example(line: block.line, source: block.body, expectedDiagnostics: nil))
            case "broadside-invalid":
                let next = offset + 1 < blocks.count ? blocks[offset + 1] : nil
                #expect(
                    next?.info == "diagnostics", "the invalid example at line \(block.line) needs a diagnostics block")
                let expected = next?.body.split(separator: "\n").map(String.init) ?? []
                examples.append(Example(line: block.line, source: block.body, expectedDiagnostics: expected))
            default:
                break
            }
        }
        return examples
    }

    @Test("the document has valid and invalid examples")
    func hasExamples() throws {
        let examples = try Self.examples()
        #expect(examples.filter { $0.expectedDiagnostics == nil }.count >= 2)
        #expect(examples.filter { $0.expectedDiagnostics != nil }.count >= 5)
    }

    /// The pictures the examples name, as if beside the source.
    static let pictures = PictureFolder.memory([
        "rally.jpg": TestPictures.jpeg(width: 1200, height: 800),
        "photos/jane.jpg": TestPictures.jpeg(width: 600, height: 800, seed: 2),
        "logo.png": TestPictures.png(width: 200, height: 100, seed: 3),
    ])

    @Test("each example builds, or gives exactly the errors the document shows", arguments: try examples())
    func example(_ example: Example) {
        let compilation = Broadside.compile(
            BuildInputs(
                source: InputFile(path: "example.broadside", bytes: Array(example.source.utf8)),
                pictures: Self.pictures))
        guard let expected = example.expectedDiagnostics else {
            #expect(compilation.diagnostics.errors.isEmpty, "\(Support.describe(compilation.diagnostics.errors))")
            #expect(compilation.files != nil)
            return
        }
        let printed = DiagnosticPrinter(sourceText: compilation.source?.text).format(compilation.diagnostics.sorted)
        let headers = printed.split(separator: "\n").map(String.init).filter { $0.hasPrefix("example.broadside:") }
        #expect(headers == expected)
    }
}
