/// `email.eml`: the email as a ready-to-send MIME message (RFC 5322, RFC 2045–2049). It is
/// `multipart/alternative`: the plain text as `format=flowed` (RFC 3676), then the HTML. Every line ends
/// with CRLF and is at most 78 characters; both parts are quoted-printable.
///
/// It has no Date unless one is asked for (`SOURCE_DATE_EPOCH`), and its Message-ID and boundary are
/// made from its content (the encoded parts, the subject and the date), so that the same source always
/// gives the same bytes.
enum EmailMessage {
    /// Writes `email.eml`: the headers, then the parts already written to `textPart` and `htmlPart`
    /// (quoted-printable; `fingerprint` has seen every byte of both), which are moved into it.
    static func assemble(
        _ campaign: Campaign, fingerprint: ContentHash, date: Int?, textPart: String, htmlPart: String,
        into sink: OutputSink
    ) {
        var fingerprint = fingerprint
        fingerprint.add(Array(campaign.email.subject.utf8))
        fingerprint.add(Array("\(date ?? -1)".utf8))
        let hex = fingerprint.hex
        let boundary = "=_broadside_\(hex.prefix(24))"
        var headers = MailHeaders.field("Subject", campaign.email.subject)
        if let from = campaign.email.from { headers += MailHeaders.mailboxField("From", from) }
        if let replyTo = campaign.email.replyTo { headers += MailHeaders.mailboxField("Reply-To", replyTo) }
        if let date { headers += MailHeaders.field("Date", MailHeaders.date(secondsSince1970: date)) }
        headers += "Message-ID: <\(hex)@\(messageIDDomain(campaign))>\r\n"
        headers += "MIME-Version: 1.0\r\n"
        headers += "Content-Type: multipart/alternative;\r\n boundary=\"\(boundary)\"\r\n"

        let message = EditionOutputs.emailMessage
        sink.append(headers, to: message)
        sink.append("\r\nThis is a message in MIME format: a plain text part and an HTML part.\r\n\r\n", to: message)
        sink.append("--\(boundary)\r\n", to: message)
        sink.append("Content-Type: text/plain; charset=utf-8; format=flowed\r\n", to: message)
        sink.append("Content-Transfer-Encoding: quoted-printable\r\n\r\n", to: message)
        sink.move(contentsOf: textPart, appendingTo: message)
        sink.append("\r\n--\(boundary)\r\n", to: message)
        sink.append("Content-Type: text/html; charset=utf-8\r\n", to: message)
        sink.append("Content-Transfer-Encoding: quoted-printable\r\n\r\n", to: message)
        sink.move(contentsOf: htmlPart, appendingTo: message)
        sink.append("\r\n--\(boundary)--\r\n", to: message)
    }

    /// The part after `@` in the Message-ID: the sender's domain, else the site's host, else a name
    /// that is reserved never to be a real domain.
    private static func messageIDDomain(_ campaign: Campaign) -> String {
        if let address = campaign.email.from?.address, let at = address.lastIndex(of: "@") {
            return String(address[address.index(after: at)...])
        }
        if let site = campaign.metadata.siteURL, let host = WebAddress.host(of: site) { return host }
        return "broadside.invalid"
    }
}
