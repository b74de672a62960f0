import BroadsideCore
import Foundation
import Testing

/// The compiler keeps nothing between builds: the preview compiles again on every save in one process.
/// (That the memory stops growing is measured in a process of its own, where no other test allocates:
/// CampaignTests runs `broadside-bench reentrant`.)
@Suite("One compile, again and again")
struct ReentrantCompileTests {
    @Test("the seed campaign compiled 200 times gives the same bytes each time")
    func twoHundredCompiles() throws {
        let url = Support.repositoryRoot.appendingPathComponent("content/campaign.broadside")
        let inputs = BuildInputs(source: InputFile(path: url.path, bytes: try [UInt8](Data(contentsOf: url))))
        let first = try #require(Broadside.compile(inputs).files)
        for run in 1..<200 {
            let files = try #require(Broadside.compile(inputs).files)
            #expect(files == first, "run \(run) made other bytes")
        }
    }
}
