import ArgumentParser
import BroadsideCore
import FoundationEssentials
import Glibc

public struct SendTest: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "send-test",
        abstract: "Build the email and send it to one address through an SMTP server, to see it as readers will.",
        discussion: """
            The message is email.eml with a To (and a Date) added. The server is asked for STARTTLS when it \
            offers it; a user name and password, when it needs them, come from the environment variables \
            BROADSIDE_SMTP_USER and BROADSIDE_SMTP_PASSWORD, never from the source.
            """)

    @OptionGroup var options: SourceOptions

    @Option(help: "The address to send the test email to.")
    var to: String

    @Option(help: "The SMTP server, as HOST:PORT.")
    var smtp: String = "localhost:25"

    public init() {}

    public func run() throws {
        guard let recipient = Mailbox(parsing: to) else {
            throw Report.failure("`\(to)` is not an e-mail address: write one such as jane@example.org")
        }
        guard let url = TestSend.serverURL(smtp) else {
            throw Report.failure("`\(smtp)` is not a server: write HOST:PORT, such as smtp.example.org:587")
        }
        let compilation = options.compile { inputs, renderOptions in
            Broadside.compile(consume inputs, options: renderOptions)
        }
        guard let compilation, !compilation.diagnostics.hasErrors,
            let message = compilation.files?.first(where: { $0.path == "email.eml" })
        else { throw ExitCode.failure }
        guard let sender = compilation.campaign?.email.from else {
            throw Report.failure("the email has no sender: add `from:` to the `email` block of the source")
        }
        let environment = ProcessInfo.processInfo.environment
        let credentials = environment["BROADSIDE_SMTP_USER"].map {
            (user: $0, password: environment["BROADSIDE_SMTP_PASSWORD"] ?? "")
        }
        let now = Int(Date().timeIntervalSince1970)
        if let problem = TestSend.send(
            TestSend.message(message.contents, to: recipient, secondsSince1970: now), from: sender, to: recipient,
            url: url, credentials: credentials)
        {
            throw Report.failure("could not send the test email through \(smtp): \(problem)")
        }
        print("Sent email.eml to \(recipient.address) through \(smtp).")
    }
}
