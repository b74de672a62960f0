/// `email.eml`: the email as a ready-to-send MIME message (RFC 5322, RFC 2045–2049). It is
/// `multipart/alternative`: the plain text as `format=flowed` (RFC 3676), then the HTML. Every line ends
/// with CRLF and is at most 78 characters; both parts are quoted-printable.
///
/// It has no Date unless one is asked for (`SOURCE_DATE_EPOCH`), and its Message-ID and boundary are
/// made from its content (both parts, the subject and the date), so that the same source always gives
/// the same bytes.
struct EmailMessage {
    let context: EditionContext
    /// The text part, quoted-printable.
    let text: [UInt8]
    /// The HTML part, quoted-printable.
    let html: [UInt8]
    let date: Int?

    init(_ context: EditionContext, flowedText: [UInt8], html: String, date: Int?) {
        self.context = context
        var text: [UInt8] = []
        QuotedPrintable.encode(flowedText, into: &text, spaceStuffed: true)
        self.text = text
        var encodedHTML: [UInt8] = []
        QuotedPrintable.encode(Array(html.utf8), into: &encodedHTML)
        self.html = encodedHTML
        self.date = date
    }

    func bytes() -> [UInt8] {
        // The text part says all the message says: the fingerprint is taken of it alone.
        var fingerprint = ContentHash()
        fingerprint.add(text)
        fingerprint.add(Array(context.campaign.email.subject.utf8))
        fingerprint.add(Array("\(date ?? -1)".utf8))
        let hex = fingerprint.hex
        let boundary = "=_broadside_\(hex.prefix(24))"
        let email = context.campaign.email
        var head = MailHeaders.field("Subject", email.subject)
        if let from = email.from { head += MailHeaders.mailboxField("From", from) }
        if let replyTo = email.replyTo { head += MailHeaders.mailboxField("Reply-To", replyTo) }
        if let date { head += MailHeaders.field("Date", MailHeaders.date(secondsSince1970: date)) }
        head += "Message-ID: <\(hex)@\(messageIDDomain)>\r\n"
        head += "MIME-Version: 1.0\r\n"
        head += "Content-Type: multipart/alternative;\r\n boundary=\"\(boundary)\"\r\n"
        head += "\r\n\(context.words.mimePreamble)\r\n\r\n"
        head += "--\(boundary)\r\n"
        head += "Content-Type: text/plain; charset=utf-8; format=flowed\r\n"
        head += "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        var message: [UInt8] = []
        message.reserveCapacity(head.utf8.count + text.count + html.count + 256)
        message += head.utf8
        message += text
        message += "\r\n--\(boundary)\r\n".utf8
        message += "Content-Type: text/html; charset=utf-8\r\n".utf8
        message += "Content-Transfer-Encoding: quoted-printable\r\n\r\n".utf8
        message += html
        message += "\r\n--\(boundary)--\r\n".utf8
        return message
    }

    /// The part after `@` in the Message-ID: the sender's domain, else the site's host, else a name
    /// that is reserved never to be a real domain.
    private var messageIDDomain: String {
        if let address = context.campaign.email.from?.address, let at = address.lastIndex(of: "@") {
            return String(address[address.index(after: at)...])
        }
        if let site = context.metadata.siteURL, let host = WebAddress.host(of: site) { return host }
        return "broadside.invalid"
    }
}
