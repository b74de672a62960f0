/// `email.eml`: the email as a ready-to-send MIME message (RFC 5322, RFC 2045–2049). It is
/// `multipart/alternative`: the plain text as `format=flowed` (RFC 3676), then the HTML. Every line ends
/// with CRLF and is at most 78 characters; both parts are quoted-printable.
///
/// It has no Date unless one is asked for (`SOURCE_DATE_EPOCH`), and its Message-ID and boundary are
/// made from its content, so that the same source always gives the same bytes.
enum EmailMessage {
    static func render(_ campaign: Campaign, body: EmailEdition.Body, html: String, date: Int?) -> [UInt8] {
        let plain = flowedForTransport(body.flowedText)
        let fingerprint = ContentHash.hex([campaign.email.subject, plain, html, "\(date ?? -1)"])
        let boundary = "=_broadside_\(fingerprint.prefix(24))"
        var headers = MailHeaders.field("Subject", campaign.email.subject)
        if let from = campaign.email.from { headers += MailHeaders.mailboxField("From", from) }
        if let replyTo = campaign.email.replyTo { headers += MailHeaders.mailboxField("Reply-To", replyTo) }
        if let date { headers += MailHeaders.field("Date", MailHeaders.date(secondsSince1970: date)) }
        headers += "Message-ID: <\(fingerprint)@\(messageIDDomain(campaign))>\r\n"
        headers += "MIME-Version: 1.0\r\n"
        headers += "Content-Type: multipart/alternative;\r\n boundary=\"\(boundary)\"\r\n"

        var message = Array(headers.utf8)
        message += Array("\r\nThis is a message in MIME format: a plain text part and an HTML part.\r\n\r\n".utf8)
        message += Array("--\(boundary)\r\n".utf8)
        message += Array("Content-Type: text/plain; charset=utf-8; format=flowed\r\n".utf8)
        message += Array("Content-Transfer-Encoding: quoted-printable\r\n\r\n".utf8)
        QuotedPrintable.encode(plain, into: &message)
        message += Array("\r\n--\(boundary)\r\n".utf8)
        message += Array("Content-Type: text/html; charset=utf-8\r\n".utf8)
        message += Array("Content-Transfer-Encoding: quoted-printable\r\n\r\n".utf8)
        QuotedPrintable.encode(html, into: &message)
        message += Array("\r\n--\(boundary)--\r\n".utf8)
        return message
    }

    /// Space-stuffing (RFC 3676 §4.4): a line that starts with a space or with "From " gets one more
    /// space, which a reader removes. Quote lines (">") are the quotes of the text and stay as they are.
    static func flowedForTransport(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 1024)
            var atLineStart = true
            for index in 0..<bytes.count {
                if atLineStart
                    && (bytes[index] == 0x20
                        || UnsafeBufferPointer(rebasing: bytes[index...]).starts(with: [0x46, 0x72, 0x6F, 0x6D, 0x20]))
                {
                    output.append(0x20)
                }
                output.append(bytes[index])
                atLineStart = bytes[index] == 0x0A
            }
            return String(decoding: output, as: UTF8.self)
        }
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
