import ArgumentParser
import BroadsideCore
import Foundation

struct Pathological: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Time every edition of inputs built to be slow or deep, at half and at full size, to show time grows linearly."
    )

    static let header = """
        campaign
          candidate: Jane Doe
          office: Mayor
          tagline: Stress test
          language: en

        """

    /// Each input at a size: its name, its full size, and how to write it at any size.
    static let inputs: [(name: String, size: Int, source: @Sendable (Int) -> String)] = [
        (
            "nested block quotes", 10_000,
            { header + "page Home\n  section S\n    " + String(repeating: "> ", count: $0) + "deep\n" }
        ),
        (
            "nested list items", 10_000,
            { header + "page Home\n  section S\n    " + String(repeating: "- ", count: $0) + "deep\n" }
        ),
        (
            "single line, bytes", 5_000_000,
            { header + "page Home\n  section S\n    " + String(repeating: "word ", count: $0 / 5) + "\n" }
        ),
        (
            "sections", 100_000,
            { count in
                header + "page Home\n" + (0..<count).map { "  section Section \($0)\n    Text \($0).\n" }.joined()
            }
        ),
        (
            "pages", 1_000,
            { count in
                header
                    + (0..<count).map { "page Page \($0)\n  section S\n    [next](page:page-\(($0 + 1) % count))\n" }
                    .joined()
            }
        ),
    ]

    func run() throws {
        print("input                      size      seconds   size/2 seconds   ratio (2.0 = linear)")
        // The first build in a process also loads fontconfig's cache and Pango: not part of any input.
        _ = time(Self.inputs[0].source(10))
        for input in Self.inputs {
            let full = time(input.source(input.size))
            let half = time(input.source(input.size / 2))
            print(
                input.name.padding(toLength: 22, withPad: " ", startingAt: 0)
                    + String(format: " %9d   %8.3f   %14.3f   %5.2f", input.size, full, half, full / half))
        }
    }

    /// Seconds to read the source and render every edition, in this process.
    private func time(_ source: String) -> Double {
        let bytes = Array(source.utf8)
        let start = DispatchTime.now()
        let compilation = Broadside.compile(bytes, path: "pathological.broadside")
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        // Most of these are far more than a printed flyer holds: that one error is expected.
        precondition(
            compilation.diagnostics.errors.allSatisfy { $0.message.hasPrefix("the printed flyer does not fit") },
            "the input did not build")
        return seconds
    }
}
