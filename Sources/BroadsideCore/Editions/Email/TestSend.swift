import CSMTP

/// Sending the built email to one address through an SMTP server, to see it as readers will
/// (`broadside send-test`). libcurl speaks SMTP, with STARTTLS when the server offers it.
public enum TestSend {
    /// How long a send may take before it is given up, connecting included.
    public static let timeoutSeconds = 12

    /// The message as it is sent: `email.eml` with a To, and a Date unless it has one, added on top.
    public static func message(_ eml: [UInt8], to recipient: Mailbox, secondsSince1970: Int) -> [UInt8] {
        var head = MailHeaders.mailboxField("To", recipient)
        let hasDate =
            String(decoding: eml.prefix(4096), as: UTF8.self).split(separator: "\r\n\r\n").first?
            .split(separator: "\r\n").contains { $0.hasPrefix("Date:") } ?? false
        if !hasDate { head = MailHeaders.field("Date", MailHeaders.date(secondsSince1970: secondsSince1970)) + head }
        return Array(head.utf8) + eml
    }

    /// An SMTP server as `HOST:PORT` (or `HOST`, for port 25), as a URL libcurl reads; nil when it is not.
    public static func serverURL(_ server: String) -> String? {
        let parts = server.split(separator: ":", omittingEmptySubsequences: false)
        guard let host = parts.first, !host.isEmpty, parts.count <= 2,
            host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") })
        else { return nil }
        let port = parts.count == 2 ? Int(parts[1]) : 25
        guard let port, (1...65535).contains(port) else { return nil }
        return "smtp://\(host):\(port)"
    }

    /// Sends `message` from `sender` to `recipient` through the server at `url`; nil when the server
    /// accepted it, else what went wrong.
    public static func send(
        _ message: [UInt8], from sender: Mailbox, to recipient: Mailbox, url: String,
        credentials: (user: String, password: String)?
    ) -> String? {
        var error = [CChar](repeating: 0, count: 512)
        let status = broadside_smtp_send(
            url, "<\(sender.address)>", "<\(recipient.address)>", credentials?.user, credentials?.password, message,
            message.count, timeoutSeconds, &error, error.count)
        return status == 0
            ? nil : String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
