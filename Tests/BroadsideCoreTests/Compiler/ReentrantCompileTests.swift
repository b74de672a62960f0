import BroadsideCore
import Foundation
import Testing

/// The compiler keeps nothing between builds: the preview compiles again on every save in one process.
@Suite("One compile, again and again")
struct ReentrantCompileTests {
    /// The process's resident memory, in bytes (Linux's /proc/self/statm counts pages).
    static func residentBytes() throws -> Int {
        let fields = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8).split(separator: " ")
        return try #require(Int(fields[1])) * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    @Test("the seed campaign compiled 200 times gives the same bytes each time, and memory stops growing")
    func twoHundredCompiles() throws {
        let url = Support.repositoryRoot.appendingPathComponent("content/campaign.broadside")
        let inputs = BuildInputs(source: InputFile(path: url.path, bytes: try [UInt8](Data(contentsOf: url))))
        let first = try #require(Broadside.compile(inputs).files)
        var residentAfterWarmUp = 0
        for run in 1..<200 {
            let files = try #require(Broadside.compile(inputs).files)
            #expect(files == first, "run \(run) made other bytes")
            if run == 20 { residentAfterWarmUp = try Self.residentBytes() }
        }
        // A build of the seed allocates a few megabytes; 180 more builds that each kept even a tenth of
        // that would grow the process by tens of megabytes.
        let growth = try Self.residentBytes() - residentAfterWarmUp
        #expect(growth < 8 << 20, "resident memory grew by \(growth >> 10) KiB over 180 builds")
    }
}
