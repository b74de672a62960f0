/// The checks for the kinds of value a setting can have. Each reports what is wrong at the value itself.
enum ValueChecks {
    static let languageTag: @Sendable (Located<String>, inout Diagnostics) -> Bool = { value, diagnostics in
        guard LanguageTag.isWellFormed(value.value) else {
            diagnostics.error(
                "`\(value.value)` is not a language tag", at: value.location,
                notes: [Diagnostic.Note("use a tag such as `en`, `es` or `en-US`")])
            return false
        }
        return true
    }

    /// `es, zh-Hans, ar`: language tags, each once.
    static let languageList: @Sendable (Located<String>, inout Diagnostics) -> Bool = { value, diagnostics in
        var seen: Set<String> = []
        for tag in value.value.split(separator: ",").map({ String(Substring($0).trimmingWhitespace) }) {
            guard LanguageTag.isWellFormed(tag) else {
                diagnostics.error(
                    "`\(tag)` is not a language tag", at: value.location,
                    notes: [Diagnostic.Note("list the languages the campaign is translated into: `es, zh-Hans, ar`")])
                return false
            }
            guard seen.insert(tag.lowercased()).inserted else {
                diagnostics.error("`\(tag)` is listed twice", at: value.location)
                return false
            }
        }
        return true
    }

    static let webAddress: @Sendable (Located<String>, inout Diagnostics) -> Bool = { value, diagnostics in
        guard WebAddress.isAbsoluteHTTP(value.value) else {
            diagnostics.error(
                "`\(value.value)` is not a web address", at: value.location,
                notes: [
                    Diagnostic.Note("write the site's full address, starting with https://, e.g. `https://example.org`")
                ])
            return false
        }
        // Every page's address is made by adding its file to this one: it must be the site's root.
        let afterScheme = value.value.drop { $0 != "/" }.dropFirst(2)
        let host = afterScheme.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let rest = afterScheme.dropFirst(host.count)
        guard !host.contains("@"), rest.isEmpty || rest.allSatisfy({ $0 == "/" }) else {
            diagnostics.error(
                "the site's address must be its root, with no path, query, fragment or user name: `\(value.value)`",
                at: value.location,
                notes: [
                    Diagnostic.Note(
                        "write the address the home page is served at, such as `https://\(host.split(separator: "@").last ?? "example.org")`"
                    )
                ])
            return false
        }
        return true
    }

    static let mailbox: @Sendable (Located<String>, inout Diagnostics) -> Bool = { value, diagnostics in
        guard case .failure(let problem) = Mailbox.parse(value.value) else { return true }
        let (message, note): (String, String)
        switch problem {
        case .shape:
            (message, note) = (
                "`\(value.value)` is not an e-mail address",
                "write an address such as `jane@example.org`, or a name and an address: `Jane Doe <jane@example.org>`"
            )
        case .nonASCIILocalPart:
            (message, note) = (
                "`\(value.value)` has letters outside ASCII before the @, which most mail servers cannot deliver",
                "use an address with only ASCII letters, digits and . _ - + before the @ (the domain may be in any script)"
            )
        case .domain:
            (message, note) = (
                "the domain of `\(value.value)` is not a domain name",
                "write a domain such as `example.org`: letters, digits and hyphens between dots, at most 63 to a part"
            )
        case .length:
            (message, note) = (
                "`\(value.value)` is longer than an e-mail address may be",
                "an address has at most 64 characters before the @ and 254 in all"
            )
        }
        diagnostics.error(message, at: value.location, notes: [Diagnostic.Note(note)])
        return false
    }

    static let unsubscribe: @Sendable (Located<String>, inout Diagnostics) -> Bool = { value, diagnostics in
        if value.value.utf8.count > Unsubscribe.longestAddress {
            diagnostics.error(
                "this unsubscribe address is \(value.value.utf8.count) bytes long; a mail header holds at most \(Unsubscribe.longestAddress)",
                at: value.location, notes: [Diagnostic.Note("use a shorter address for the unsubscribe page")])
            return false
        }
        guard Unsubscribe(parsing: value.value) != nil else {
            diagnostics.error(
                "`\(value.value)` is not an unsubscribe address or a mailing tool's placeholder", at: value.location,
                notes: [
                    Diagnostic.Note(
                        "write an https:// address, a mailto: address, or your mailing tool's placeholder: \(Unsubscribe.placeholders.map { "`\($0)`" }.joined(separator: ", "))"
                    )
                ])
            return false
        }
        return true
    }

    static let date: @Sendable (Located<String>, inout Diagnostics) -> Bool = { value, diagnostics in
        guard ElectionDate(parsing: value.value) != nil else {
            diagnostics.error(
                "`\(value.value)` is not a date", at: value.location,
                notes: [Diagnostic.Note("write the day as year-month-day, such as `2026-11-03`")])
            return false
        }
        return true
    }

    static let actionTarget: @Sendable (Located<String>, inout Diagnostics) -> Bool = { value, diagnostics in
        guard CampaignAction.isTarget(value.value) else {
            diagnostics.error(
                "`\(value.value)` is not an address a reader can follow", at: value.location,
                notes: [
                    Diagnostic.Note(
                        "write a full web address (https://…), an e-mail address (mailto:…) or a phone number (tel:…)")
                ])
            return false
        }
        return true
    }

    /// A name for a link's `utm_source`: letters, digits, `-` and `_`, so that it needs no escaping.
    static let trackingName: @Sendable (Located<String>, inout Diagnostics) -> Bool = { value, diagnostics in
        guard value.value.utf8.count <= 64,
            value.value.unicodeScalars.allSatisfy({
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_")
            })
        else {
            diagnostics.error(
                "`\(value.value)` is not a name a link can carry", at: value.location,
                notes: [Diagnostic.Note("use letters, digits, - and _ only, such as `flyer` or `door-knocking`")])
            return false
        }
        return true
    }

    /// `#rrggbb`, dark enough to read as text on white paper, in colour and in black and white.
    static let printColour: @Sendable (Located<String>, inout Diagnostics) -> Bool = { value, diagnostics in
        guard let colour = PrintColour(parsing: value.value) else {
            diagnostics.error(
                "`\(value.value)` is not a colour", at: value.location,
                notes: [Diagnostic.Note("write it as # and six hex digits, such as `#1d4ed8`")])
            return false
        }
        guard colour.contrastOnWhite >= 4.5 else {
            diagnostics.error(
                "`\(value.value)` is too light to read as text on white paper (contrast \((colour.contrastOnWhite * 10).rounded() / 10):1; at least 4.5:1)",
                at: value.location, notes: [Diagnostic.Note("choose a darker shade of it")])
            return false
        }
        return true
    }

    /// One of a fixed list of words, compared without regard to case.
    static func oneOf(_ words: [String]) -> @Sendable (Located<String>, inout Diagnostics) -> Bool {
        { value, diagnostics in
            guard words.contains(value.value.lowercased()) else {
                diagnostics.error(
                    "`\(value.value)` is not one of \(words.map { "`\($0)`" }.joined(separator: ", "))",
                    at: value.location,
                    notes: [Suggestions.note(for: value.value, among: words, noun: "choices")])
                return false
            }
            return true
        }
    }

    /// A whole number written in digits, within `range`.
    static func number(in range: ClosedRange<Int>) -> @Sendable (Located<String>, inout Diagnostics) -> Bool {
        { value, diagnostics in
            guard value.value.allSatisfy(\.isASCII), let number = Int(value.value), range.contains(number) else {
                diagnostics.error(
                    "`\(value.value)` is not a number from \(range.lowerBound) to \(range.upperBound)",
                    at: value.location,
                    notes: [
                        Diagnostic.Note(
                            "write the number in digits, such as `\(range.lowerBound + (range.upperBound - range.lowerBound) / 4)`"
                        )
                    ])
                return false
            }
            return true
        }
    }
}

/// BCP 47 language tags, checked for their shape: a 2–3 letter language, then 1–8 character subtags.
enum LanguageTag {
    static func isWellFormed(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count),
            language.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}

/// The addresses Broadside publishes, and how it tells them apart.
enum WebAddress {
    /// The schemes a link may use in any edition.
    static let allowedSchemes = ["http", "https", "mailto", "tel"]

    /// `http://host…` or `https://host…`, with a host and no spaces or markup characters.
    static func isAbsoluteHTTP(_ address: String) -> Bool {
        guard let scheme = scheme(of: address), scheme == "http" || scheme == "https" else { return false }
        let rest = address.dropFirst(scheme.count + 1)
        guard rest.hasPrefix("//") else { return false }
        let host = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return !host.isEmpty && !address.contains(where: { $0 == " " || $0 == "<" || $0 == ">" || $0 == "\"" })
    }

    /// An http(s) address in ASCII, as a mail header must carry it: the host in IDNA, every byte outside
    /// ASCII elsewhere percent-encoded. Nil when the host is not a domain name.
    static func ascii(_ address: String) -> String? {
        guard let scheme = scheme(of: address) else { return nil }
        let rest = address.dropFirst(scheme.count + 3)
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let path = rest.dropFirst(authority.count)
        var host = Substring(authority)
        var port: Substring = ""
        if let colon = authority.lastIndex(of: ":"), authority[authority.index(after: colon)...].allSatisfy(\.isASCII) {
            host = authority[..<colon]
            port = authority[colon...]
        }
        guard let asciiHost = host.unicodeScalars.allSatisfy(\.isASCII) ? String(host) : DomainName.ascii(String(host))
        else { return nil }
        var encodedPath = ""
        for byte in path.utf8 {
            encodedPath +=
                byte < 0x80
                ? String(UnicodeScalar(byte)) : "%" + String(byte, radix: 16, uppercase: true)
        }
        return "\(scheme)://\(asciiHost)\(port)\(encodedPath)"
    }

    /// The scheme of an address (`https` in `https://…`), lowercased, or nil for a relative address.
    static func scheme(of address: String) -> String? {
        guard let colon = schemeEnd(address.utf8) else { return nil }
        return address[..<colon].lowercased()
    }

    /// Whether the address starts with a scheme, as `scheme(of:)` reads one.
    static func hasScheme(_ address: String) -> Bool {
        schemeEnd(address.utf8) != nil
    }

    private static func schemeEnd<Bytes: Collection<UInt8>>(_ utf8: Bytes) -> Bytes.Index? {
        guard let colon = utf8.firstIndex(of: 0x3A) else { return nil }
        let scheme = utf8[..<colon]
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        guard let first = scheme.first, isLetter(first),
            scheme.allSatisfy({
                isLetter($0) || (0x30...0x39).contains($0) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E
            })
        else { return nil }
        return colon
    }

    /// An address of the site as a browser sends it: every byte that is not an ASCII letter, digit or
    /// one of the characters addresses are built with is written `%XX` (a page named in any script
    /// has a file name in that script).
    static func percentEncoded(_ address: String) -> String {
        var encoded = ""
        for byte in address.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80 && (isLetterOrDigit(byte) || "-._~!$&'()*+,;=:@/#?%".unicodeScalars.contains(scalar)) {
                encoded.unicodeScalars.append(scalar)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return encoded
    }

    /// `janedoe.example` for `https://janedoe.example`: an address as people type it.
    static func asTyped(_ url: String) -> String {
        var address = Substring(url)
        for scheme in ["https://", "http://", "mailto:", "tel:"] where address.hasPrefix(scheme) {
            address = address.dropFirst(scheme.count)
        }
        if address.hasPrefix("www.") { address = address.dropFirst(4) }
        while address.hasSuffix("/") { address = address.dropLast() }
        return String(address)
    }

    /// A path of the site's files as it goes in an address or a `srcset`: everything but letters,
    /// digits, `-._~` and `/` written `%XX` (a space, a comma, `#` and `?` included).
    static func pathEncoded(_ path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            if byte < 0x80 && (isLetterOrDigit(byte) || "-._~/".utf8.contains(byte)) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return encoded
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// The host of an absolute http(s) address.
    static func host(of address: String) -> String? {
        guard isAbsoluteHTTP(address), let scheme = scheme(of: address) else { return nil }
        return String(address.dropFirst(scheme.count + 3).prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" })
    }
}
