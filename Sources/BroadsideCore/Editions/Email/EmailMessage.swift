/// `email.eml`: the email as a ready-to-send MIME message (RFC 5322, RFC 2045–2049). It is
/// `multipart/alternative`: the plain text as `format=flowed` (RFC 3676), then the HTML. Every line ends
/// with CRLF and is at most 78 characters; both parts are quoted-printable.
///
/// It has no Date unless one is asked for (`SOURCE_DATE_EPOCH`), and its Message-ID and boundary are
/// made from its content (the encoded parts, the subject and the date), so that the same source always
/// gives the same bytes. The text part is written into the message as the pages are laid out, behind a
/// placeholder head of the same length; the HTML part, written beside it, is moved in at the end.
enum EmailMessage {
    /// What comes before the text part: the headers, the preamble and the text part's own headers.
    /// Their length does not depend on `fingerprint` (nil for a placeholder of the same length), so the
    /// text part can be written into the message behind it while the pages are laid out.
    static func head(_ campaign: Campaign, fingerprint: ContentHash?, date: Int?) -> [UInt8] {
        let hex = fingerprint.map { self.hex($0, campaign: campaign, date: date) } ?? String(repeating: "0", count: 32)
        let boundary = boundary(hex)
        var head = MailHeaders.field("Subject", campaign.email.subject)
        if let from = campaign.email.from { head += MailHeaders.mailboxField("From", from) }
        if let replyTo = campaign.email.replyTo { head += MailHeaders.mailboxField("Reply-To", replyTo) }
        if let date { head += MailHeaders.field("Date", MailHeaders.date(secondsSince1970: date)) }
        head += "Message-ID: <\(hex)@\(messageIDDomain(campaign))>\r\n"
        head += "MIME-Version: 1.0\r\n"
        head += "Content-Type: multipart/alternative;\r\n boundary=\"\(boundary)\"\r\n"
        head += "\r\nThis is a message in MIME format: a plain text part and an HTML part.\r\n\r\n"
        head += "--\(boundary)\r\n"
        head += "Content-Type: text/plain; charset=utf-8; format=flowed\r\n"
        head += "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        return Array(head.utf8)
    }

    /// Ends `email.eml`, whose placeholder head and text part are written: the HTML part written to
    /// `htmlPart` is moved in after it, and the head made from `fingerprint` (which has seen every byte
    /// of both parts) takes the placeholder's place.
    static func finish(
        _ campaign: Campaign, fingerprint: ContentHash, date: Int?, htmlPart: String, into sink: OutputSink
    ) {
        let message = EditionOutputs.emailMessage
        let boundary = boundary(hex(fingerprint, campaign: campaign, date: date))
        sink.append("\r\n--\(boundary)\r\n", to: message)
        sink.append("Content-Type: text/html; charset=utf-8\r\n", to: message)
        sink.append("Content-Transfer-Encoding: quoted-printable\r\n\r\n", to: message)
        sink.move(contentsOf: htmlPart, appendingTo: message)
        sink.append("\r\n--\(boundary)--\r\n", to: message)
        sink.overwrite(startOf: message, with: head(campaign, fingerprint: fingerprint, date: date))
    }

    /// The message's fingerprint: its parts, then its subject and date.
    private static func hex(_ fingerprint: ContentHash, campaign: Campaign, date: Int?) -> String {
        var fingerprint = fingerprint
        fingerprint.add(Array(campaign.email.subject.utf8))
        fingerprint.add(Array("\(date ?? -1)".utf8))
        return fingerprint.hex
    }

    private static func boundary(_ hex: String) -> String {
        "=_broadside_\(hex.prefix(24))"
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
