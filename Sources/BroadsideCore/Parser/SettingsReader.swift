/// One key a settings block accepts: its name, whether it must be given, and how its value is checked.
struct SettingKey {
    var name: String
    var required: Bool
    /// Whether `NAME in LANG:` gives the value in another of the campaign's languages.
    var translatable = false
    /// Whether only `NAME in LANG:` is a key (a page's `name in es:`; the page line names it in the original).
    var translationOnly = false
    /// Checks a value, reporting what is wrong with it; returns false when it is not usable.
    var check: @Sendable (Located<String>, inout Diagnostics) -> Bool

    static func required(
        _ name: String, _ check: @escaping @Sendable (Located<String>, inout Diagnostics) -> Bool = { _, _ in true }
    ) -> SettingKey {
        SettingKey(name: name, required: true, check: check)
    }

    static func optional(
        _ name: String, _ check: @escaping @Sendable (Located<String>, inout Diagnostics) -> Bool = { _, _ in true }
    ) -> SettingKey {
        SettingKey(name: name, required: false, check: check)
    }

    /// The same key, which may also be given in another language (`office in es:`).
    var inOtherLanguages: SettingKey {
        var key = self
        key.translatable = true
        return key
    }

    /// A key given only in other languages.
    static func translationOnly(_ name: String) -> SettingKey {
        SettingKey(name: name, required: false, translatable: true, translationOnly: true) { _, _ in true }
    }

    /// `office in es` as (`office`, `es`), when the key has that shape.
    static func translation(_ key: String) -> (base: String, language: String)? {
        guard let range = key.ranges(of: " in ").last else { return nil }
        let language = String(key[range.upperBound...])
        guard LanguageTag.isWellFormed(language) else { return nil }
        return (String(key[..<range.lowerBound]), language)
    }
}

/// Reads the `key: value` lines of a block such as `campaign` or `email`, reporting unknown keys (with
/// "did you mean"), keys set twice, empty or malformed values, and required keys left out.
enum SettingsReader {
    /// The block's values by key; nil when a required key is missing or unusable.
    static func read(_ block: SettingsBlock, keys: [SettingKey], diagnostics: inout Diagnostics) -> [String: Located<
        String
    >]? {
        let name = block.keyword.value
        let knownNames = keys.map { $0.translationOnly ? "\($0.name) in LANGUAGE" : $0.name }
        var values: [String: Located<String>] = [:]
        var seen: [String: SourceLocation] = [:]
        for setting in block.settings {
            let key = setting.key.value
            let translated = SettingKey.translation(key).flatMap { translation in
                keys.first { $0.name == translation.base && $0.translatable }
            }
            guard let spec = translated ?? keys.first(where: { $0.name == key && !$0.translationOnly }) else {
                diagnostics.error(
                    "unknown key `\(key)` in the `\(name)` block", at: setting.key.location,
                    notes: [Suggestions.note(for: key, among: knownNames, noun: "keys of the `\(name)` block")])
                continue
            }
            if let earlier = seen[key] {
                diagnostics.error(
                    "`\(key)` is set twice", at: setting.key.location,
                    notes: [
                        Diagnostic.Note("it is already set at line \(earlier.line); keep one of the two", at: earlier)
                    ])
                continue
            }
            seen[key] = setting.value.location
            guard !setting.value.value.isEmpty else {
                diagnostics.error(
                    "`\(key)` has no value", at: setting.value.location,
                    notes: [Diagnostic.Note("write the value after the colon, on the same line, or remove the line")])
                continue
            }
            if spec.check(setting.value, &diagnostics) { values[key] = setting.value }
        }
        var complete = true
        for spec in keys where spec.required && values[spec.name] == nil {
            complete = false
            if seen[spec.name] == nil {
                diagnostics.error(
                    "the `\(name)` block has no `\(spec.name):`", at: block.keyword.location,
                    notes: [Diagnostic.Note("add a line `  \(spec.name): …` under `\(name)`")])
            }
        }
        return complete ? values : nil
    }
}
