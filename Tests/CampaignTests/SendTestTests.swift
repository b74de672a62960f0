import Foundation
import Testing

/// `broadside send-test` against a real SMTP server on this machine (Tests/Tools/smtp_sink.py, Python's
/// aiosmtpd), and against none.
@Suite("broadside send-test")
struct SendTestTests {
    static let fixture = BroadsideToolTests.repositoryRoot.appendingPathComponent(
        "Tests/BroadsideCoreTests/Fixtures/campaigns/email-features.broadside")

    /// A running sink: its port and the folder it saves messages in.
    final class Sink {
        let process = Process()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("smtp-sink-\(UUID().uuidString)")
        let port: Int

        init() throws {
            let script = BroadsideToolTests.repositoryRoot.appendingPathComponent("Tests/Tools/smtp_sink.py").path
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", script, folder.path, "60"]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
            port = try #require(Int(line.trimmingCharacters(in: .whitespacesAndNewlines)), "the sink printed \(line)")
        }

        deinit {
            process.terminate()
            try? FileManager.default.removeItem(at: folder)
        }
    }

    @Test("the message arrives as it was built, with a To and a Date added on top")
    func roundTrip() throws {
        let sink = try Sink()
        let sent = try BroadsideToolTests.run([
            "send-test", Self.fixture.path, "--to", "reader@example.org", "--smtp", "127.0.0.1:\(sink.port)",
        ])
        #expect(sent.status == 0, "\(sent.standardError)")
        #expect(sent.standardOutput == "Sent email.eml to reader@example.org through 127.0.0.1:\(sink.port).\n")
        let received = try [UInt8](Data(contentsOf: sink.folder.appendingPathComponent("message-1.eml")))
        let envelope = try String(contentsOf: sink.folder.appendingPathComponent("message-1.json"), encoding: .utf8)
        #expect(envelope == #"{"from": "zoe@zoe.example", "to": ["reader@example.org"]}"#)

        let output = FileManager.default.temporaryDirectory.appendingPathComponent("send-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let built = try BroadsideToolTests.run(["build", Self.fixture.path, "--output", output.path])
        #expect(built.status == 0)
        let message = try [UInt8](Data(contentsOf: output.appendingPathComponent("email.eml")))
        #expect(Array(received.suffix(message.count)) == message, "the body and headers arrive byte for byte")
        let added = String(decoding: received.prefix(received.count - message.count), as: UTF8.self)
        #expect(
            added.wholeMatch(
                of:
                    /Date: [A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000\r\nTo: reader@example.org\r\n/
            ) != nil, "\(added)")
    }

    @Test("no server listening: a clear error and exit status 1, in well under 15 s")
    func unreachable() throws {
        let start = Date()
        let sent = try BroadsideToolTests.run([
            "send-test", Self.fixture.path, "--to", "reader@example.org", "--smtp", "127.0.0.1:1",
        ])
        #expect(sent.status == 1)
        #expect(sent.standardError.contains("error: could not send the test email through 127.0.0.1:1: "))
        #expect(Date().timeIntervalSince(start) < 15)
    }

    @Test("a recipient that is not an address, or a server that is not HOST:PORT, is refused before anything is built")
    func badArguments() throws {
        let badRecipient = try BroadsideToolTests.run(["send-test", Self.fixture.path, "--to", "reader at example"])
        #expect(badRecipient.status == 1)
        #expect(badRecipient.standardError.contains("error: `reader at example` is not an e-mail address"))
        let badServer = try BroadsideToolTests.run([
            "send-test", Self.fixture.path, "--to", "reader@example.org", "--smtp", "smtp://example.org",
        ])
        #expect(badServer.status == 1)
        #expect(badServer.standardError.contains("error: `smtp://example.org` is not a server"))
    }
}
