import BroadsideCore
import Foundation
import Testing

/// Every file in Fixtures/malformed is a source with mistakes in it; beside it, `NAME.expected` holds the
/// exact diagnostics the compiler prints for it (carets and notes included). `pictures/` holds the
/// broken pictures the picture fixtures name.
/// `BROADSIDE_UPDATE_GOLDEN=1 swift test` rewrites the expected files; review the diff before committing.
@Suite("Malformed fixtures")
struct MalformedFixtureTests {
    static let folder = Support.fixtures.appendingPathComponent("malformed")

    static func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".broadside") }
            .map { String($0.dropLast(".broadside".count)) }
            .sorted()
    }

    @Test("there are at least 60 malformed fixtures")
    func count() throws {
        #expect(try Self.names().count >= 60)
    }

    @Test("each fixture gets exactly its expected diagnostics", arguments: try names())
    func fixture(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent("\(name).broadside")))
        // Pictures are looked for beside the fixtures, in the folder's own `pictures/`.
        let compilation = Broadside.compile(
            BuildInputs(
                source: InputFile(path: "malformed/\(name).broadside", bytes: bytes),
                pictures: .disk(Self.folder.path)))
        #expect(!compilation.diagnostics.all.isEmpty, "a malformed fixture must draw at least one diagnostic")
        let printed = DiagnosticPrinter(sourceText: compilation.source?.text).format(compilation.diagnostics.sorted)
        let expectedURL = Self.folder.appendingPathComponent("\(name).expected")
        if ProcessInfo.processInfo.environment["BROADSIDE_UPDATE_GOLDEN"] == "1" {
            try printed.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try Support.read(expectedURL)
        #expect(printed == expected, "\(TextComparison.firstDifference(expected, printed))")
    }
}
