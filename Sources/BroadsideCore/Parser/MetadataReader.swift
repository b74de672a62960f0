/// Reads the `campaign` block into `Metadata`, checking every key and value.
struct MetadataReader {
    static let requiredKeys = ["candidate", "office", "tagline", "language"]
    static let optionalKeys = ["site", "contact"]
    static var knownKeys: [String] { requiredKeys + optionalKeys }

    static func read(_ block: SettingsBlock?, source: SourceText, diagnostics: inout Diagnostics) -> Metadata? {
        guard let block else {
            diagnostics.error(
                "the source has no `campaign` block", at: source.location(line: 1, column: 1),
                notes: [Diagnostic.Note("start the file with `campaign` and, 2 spaces in, the keys \(requiredKeys.map { "`\($0):`" }.joined(separator: ", "))")])
            return nil
        }
        var values: [String: Located<String>] = [:]
        for setting in block.settings {
            let key = setting.key.value
            guard knownKeys.contains(key) else {
                diagnostics.error(
                    "unknown key `\(key)` in the `campaign` block", at: setting.key.location,
                    notes: [Suggestions.note(for: key, among: knownKeys, noun: "keys of the `campaign` block")])
                continue
            }
            if let earlier = values[key] {
                diagnostics.error(
                    "`\(key)` is set twice", at: setting.key.location,
                    notes: [Diagnostic.Note("it is already set at line \(earlier.location.line); keep one of the two", at: earlier.location)])
                continue
            }
            guard !setting.value.value.isEmpty else {
                diagnostics.error(
                    "`\(key)` has no value", at: setting.value.location,
                    notes: [Diagnostic.Note("write the value after the colon, on the same line, or remove the line")])
                continue
            }
            guard check(key: key, value: setting.value, diagnostics: &diagnostics) else { continue }
            values[key] = setting.value
        }
        var complete = true
        for key in requiredKeys where values[key] == nil && !block.settings.contains(where: { $0.key.value == key }) {
            complete = false
            diagnostics.error(
                "the `campaign` block has no `\(key):`", at: block.keyword.location,
                notes: [Diagnostic.Note("add a line `  \(key): …` under `campaign`; every edition needs it")])
        }
        guard complete, let candidate = values["candidate"], let office = values["office"],
            let tagline = values["tagline"], let language = values["language"]
        else { return nil }
        return Metadata(
            candidate: candidate.value, office: office.value, tagline: tagline.value, language: language.value,
            siteURL: values["site"].map { String($0.value.trimmingTrailingSlashes()) },
            contact: values["contact"]?.value, location: block.keyword.location)
    }

    private static func check(key: String, value: Located<String>, diagnostics: inout Diagnostics) -> Bool {
        switch key {
        case "language":
            guard LanguageTag.isWellFormed(value.value) else {
                diagnostics.error(
                    "`\(value.value)` is not a language tag", at: value.location,
                    notes: [Diagnostic.Note("use a tag such as `en`, `es` or `en-US`")])
                return false
            }
        case "site":
            guard WebAddress.isAbsoluteHTTP(value.value) else {
                diagnostics.error(
                    "`\(value.value)` is not a web address", at: value.location,
                    notes: [Diagnostic.Note("write the site's full address, starting with https://, e.g. `https://example.org`")])
                return false
            }
        default:
            break
        }
        return true
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

    /// `http://host…` or `https://host…`, with a host and no spaces.
    static func isAbsoluteHTTP(_ address: String) -> Bool {
        guard let scheme = scheme(of: address), scheme == "http" || scheme == "https" else { return false }
        let rest = address.dropFirst(scheme.count + 1)
        guard rest.hasPrefix("//") else { return false }
        let host = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return !host.isEmpty && !address.contains(where: { $0 == " " || $0 == "<" || $0 == ">" || $0 == "\"" })
    }

    /// The scheme of an address (`https` in `https://…`), lowercased, or nil for a relative address.
    static func scheme(of address: String) -> String? {
        guard let colon = address.firstIndex(of: ":") else { return nil }
        let scheme = address[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") })
        else { return nil }
        return scheme.lowercased()
    }
}

extension String {
    fileprivate func trimmingTrailingSlashes() -> Substring {
        var text = self[...]
        while text.hasSuffix("/") { text = text.dropLast() }
        return text
    }
}
