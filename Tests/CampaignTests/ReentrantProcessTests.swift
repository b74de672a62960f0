import Foundation
import Testing

/// 200 compiles of the seed in one process of their own (`broadside-bench reentrant`), as the preview
/// runs them: the same bytes each time, and resident memory that stops growing.
@Suite("Re-entrant compile, memory")
struct ReentrantProcessTests {
    @Test("200 compiles: the same bytes, and under 8 MB of growth after the first 20")
    func memoryStopsGrowing() throws {
        let bench = BroadsideToolTests.executable.deletingLastPathComponent().appendingPathComponent("broadside-bench")
        let source = BroadsideToolTests.repositoryRoot.appendingPathComponent("content/campaign.broadside")
        let run = try BroadsideToolTests.run(["reentrant", "--template", source.path], executable: bench)
        #expect(run.status == 0, "\(run.standardError)")
        let line = run.standardOutput
        #expect(line.contains("the same bytes each time: yes"), "\(line)")
        let grown = try #require(line.firstMatch(of: /grown by (-?[0-9.]+) MB/)).1
        #expect(try #require(Double(grown)) < 8, "\(line)")
    }
}
