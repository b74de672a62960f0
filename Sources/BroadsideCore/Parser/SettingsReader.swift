/// One key a settings block accepts: its name, whether it must be given, and how its value is checked.
struct SettingKey {
    var name: String
    var required: Bool
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
}

/// Reads the `key: value` lines of a block such as `campaign` or `email`, reporting unknown keys (with
/// "did you mean"), keys set twice, empty or malformed values, and required keys left out.
enum SettingsReader {
    /// The block's values by key; nil when a required key is missing or unusable.
    static func read(_ block: SettingsBlock, keys: [SettingKey], diagnostics: inout Diagnostics) -> [String: Located<
        String
    >]? {
        let name = block.keyword.value
        let knownNames = keys.map(\.name)
        var values: [String: Located<String>] = [:]
        var seen: [String: SourceLocation] = [:]
        for setting in block.settings {
            let key = setting.key.value
            guard let spec = keys.first(where: { $0.name == key }) else {
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
