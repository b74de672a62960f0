/// `email.eml`: the email as a ready-to-send MIME message (RFC 5322, RFC 2045–2049). It is
/// `multipart/alternative`: the plain text as `format=flowed` (RFC 3676), then the HTML. Every line ends
/// with CRLF and is at most 78 characters; both parts are quoted-printable.
///
/// It has no Date unless one is asked for (`SOURCE_DATE_EPOCH`), and its Message-ID and boundary are
/// made from its content (both parts, the subject and the date), so that the same source always gives
/// the same bytes.
enum EmailMessage {
    /// The message of `flowedText` (the text part before encoding) and `html` (the HTML part).
    static func bytes(_ context: EditionContext, flowedText: consuming [UInt8], html: [UInt8], date: Int?)
        -> [UInt8]
    {
        // The text part says all the message says: the fingerprint is taken of it alone.
        var fingerprint = ContentHash()
        fingerprint.add(flowedText)
        fingerprint.add(Array(context.campaign.email.subject.utf8))
        fingerprint.add(Array("\(date ?? -1)".utf8))
        let hex = fingerprint.hex
        let boundary = "=_broadside_\(hex.prefix(24))"
        let email = context.campaign.email
        var head = MailHeaders.field("Subject", email.subject)
        if let from = email.from { head += MailHeaders.mailboxField("From", from) }
        if let replyTo = email.replyTo { head += MailHeaders.mailboxField("Reply-To", replyTo) }
        if let date { head += MailHeaders.field("Date", MailHeaders.date(secondsSince1970: date)) }
        head += "Message-ID: <\(hex)@\(messageIDDomain(context))>\r\n"
        head += listUnsubscribe(email.unsubscribe)
        head += "MIME-Version: 1.0\r\n"
        head += "Content-Type: multipart/alternative;\r\n boundary=\"\(boundary)\"\r\n"
        head += "\r\n\(context.words.mimePreamble)\r\n\r\n"
        head += "--\(boundary)\r\n"
        head += "Content-Type: text/plain; charset=utf-8; format=flowed\r\n"
        head += "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        var message = Array(head.utf8)
        QuotedPrintable.encode(flowedText, into: &message, spaceStuffed: true)
        // A large email's parts are megabytes: each is let go as soon as the message holds it.
        flowedText = []
        message += "\r\n--\(boundary)\r\n".utf8
        message += "Content-Type: text/html; charset=utf-8\r\n".utf8
        message += "Content-Transfer-Encoding: quoted-printable\r\n\r\n".utf8
        QuotedPrintable.encode(html, into: &message)
        message += "\r\n--\(boundary)--\r\n".utf8
        return message
    }

    /// `List-Unsubscribe` (RFC 2369) for an address the campaign runs, and for an https one the
    /// one-click `List-Unsubscribe-Post` (RFC 8058); nothing for a mailing tool's placeholder, since the
    /// tool writes its own.
    private static func listUnsubscribe(_ unsubscribe: Unsubscribe?) -> String {
        guard let address = unsubscribe?.headerAddress else { return "" }
        var fields = MailHeaders.fold("List-Unsubscribe:", ["<\(address)>"])
        if WebAddress.scheme(of: address) == "https" {
            fields += "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
        }
        return fields
    }

    /// The part after `@` in the Message-ID: the sender's domain, else the site's host, else a name
    /// that is reserved never to be a real domain.
    private static func messageIDDomain(_ context: EditionContext) -> String {
        if let address = context.campaign.email.from?.address, let at = address.lastIndex(of: "@") {
            return String(address[address.index(after: at)...])
        }
        if let site = context.metadata.siteURL, let host = WebAddress.host(of: site) { return host }
        return "broadside.invalid"
    }
}
