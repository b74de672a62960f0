/// The blocks of settings at the top of a source: `campaign` (required), `email` and `flyer` (optional),
/// each read into its part of the model.
enum CampaignSettings {
    static let blockKeywords = ["campaign", "email", "flyer"]

    static let campaignKeys: [SettingKey] = [
        .required("candidate").inOtherLanguages, .required("office").inOtherLanguages,
        .required("tagline").inOtherLanguages, .required("language", ValueChecks.languageTag),
        .optional("translations", ValueChecks.languageList),
        .optional("untranslated", ValueChecks.oneOf(UntranslatedChoice.allCases.map(\.rawValue))),
        .optional("site", ValueChecks.webAddress), .optional("contact").inOtherLanguages,
        .optional("paid for by").inOtherLanguages,
        .optional("address"), .optional("pending links", ValueChecks.oneOf(["warn", "quiet"])),
        .optional("election", ValueChecks.date),
        .optional("donate", ValueChecks.actionTarget), .optional("volunteer", ValueChecks.actionTarget),
        .optional("photo"),
    ]

    static let emailKeys: [SettingKey] = [
        .required("subject").inOtherLanguages, .optional("preheader").inOtherLanguages,
        .optional("from", ValueChecks.mailbox), .optional("reply to", ValueChecks.mailbox),
        .optional("unsubscribe", ValueChecks.unsubscribe), .optional("pages"),
    ]

    static let flyerKeys: [SettingKey] = [
        .optional("paper", ValueChecks.oneOf(FlyerSettings.Paper.allCases.map(\.rawValue))),
        .optional("lines", ValueChecks.number(in: 20...200)),
        .optional("columns", ValueChecks.number(in: 40...120)),
        .optional("too long", ValueChecks.oneOf(["warning", "error"])),
        .optional("sides", ValueChecks.number(in: 1...2)),
        .optional("accent", ValueChecks.printColour),
        .optional("qr source", ValueChecks.trackingName),
    ]

    static let pageKeys: [SettingKey] = [
        .optional("description").inOtherLanguages, .translationOnly("name"), .optional("only in"), .optional("not in"),
    ]

    /// The `pages:` the `email` block names, as written, when it names any.
    static func emailPages(_ blocks: [SettingsBlock]) -> Located<String>? {
        blocks.first { $0.keyword.value == "email" }?.settings.first { $0.key.value == "pages" }?.value
    }

    static func metadata(_ blocks: [SettingsBlock], source: SourceText, diagnostics: inout Diagnostics) -> Metadata? {
        guard let block = blocks.first(where: { $0.keyword.value == "campaign" }) else {
            let required = campaignKeys.filter(\.required).map { "`\($0.name):`" }.joined(separator: ", ")
            diagnostics.error(
                "the source has no `campaign` block", at: source.location(line: 1, column: 1),
                notes: [Diagnostic.Note("start the file with `campaign` and, 2 spaces in, the keys \(required)")])
            return nil
        }
        guard let values = SettingsReader.read(block, keys: campaignKeys, diagnostics: &diagnostics),
            let candidate = values["candidate"]?.value, let office = values["office"]?.value,
            let tagline = values["tagline"]?.value, let language = values["language"]?.value
        else { return nil }
        var site = values["site"]?.value
        while site?.hasSuffix("/") == true { site?.removeLast() }
        var metadata = Metadata(
            candidate: candidate, office: office, tagline: tagline, language: language, siteURL: site,
            contact: values["contact"]?.value, paidForBy: values["paid for by"]?.value,
            address: values["address"]?.value,
            quietPendingLinks: values["pending links"]?.value.lowercased() == "quiet",
            actions: CampaignAction.Kind.allCases.compactMap { kind in
                values[kind.rawValue].map { CampaignAction(kind: kind, target: $0.value) }
            },
            election: values["election"].flatMap { ElectionDate(parsing: $0.value) }, photoName: values["photo"],
            location: block.keyword.location)
        metadata.translations = (values["translations"]?.value.split(separator: ",") ?? []).map {
            String(Substring($0).trimmingWhitespace)
        }
        metadata.translatedValues = translatedValues(values)
        metadata.translationsLocation = values["translations"]?.location
        if let choice = values["untranslated"].flatMap({ UntranslatedChoice(rawValue: $0.value.lowercased()) }) {
            metadata.untranslated = choice
        }
        return metadata
    }

    /// The `KEY in LANG:` values of a block, by language in lowercase, then by key.
    static func translatedValues(_ values: [String: Located<String>]) -> [String: [String: String]] {
        var translated: [String: [String: String]] = [:]
        for (key, value) in values {
            guard let (base, language) = SettingKey.translation(key) else { continue }
            translated[language.lowercased(), default: [:]][base] = value.value
        }
        return translated
    }

    /// Every `KEY in LANG:`, `name in LANG:`, `in LANG:` and `words LANG` whose language the campaign does
    /// not declare in `translations:` is an error at the place it is written.
    static func checkLanguages(
        _ blocks: [SettingsBlock], pages: [OutlinePage], metadata: Metadata, diagnostics: inout Diagnostics
    ) {
        let declared = Set(metadata.translations.map { $0.lowercased() })
        func check(_ language: String, at location: SourceLocation) {
            guard !declared.contains(language.lowercased()) else { return }
            if language.lowercased() == metadata.language.lowercased() {
                diagnostics.error(
                    "`\(language)` is the language the source is written in", at: location,
                    notes: [
                        Diagnostic.Note("a translation is into another language: write this in the original's place")
                    ])
                return
            }
            diagnostics.error(
                "`\(language)` is not among the campaign's translations", at: location,
                notes: [
                    Diagnostic.Note(
                        metadata.translations.isEmpty
                            ? "declare the languages under `campaign`: `  translations: \(language)`"
                            : "add it to `translations:` under `campaign` (now \(metadata.translations.joined(separator: ", ")))"
                    )
                ])
        }
        for block in blocks {
            if block.keyword.value == "words" {
                if let argument = block.argument { check(argument.value, at: argument.location) }
                continue
            }
            for setting in block.settings {
                if let (_, language) = SettingKey.translation(setting.key.value) {
                    check(language, at: setting.key.location)
                }
            }
        }
        for page in pages {
            for setting in page.settings {
                if let (_, language) = SettingKey.translation(setting.key.value) {
                    check(language, at: setting.key.location)
                }
            }
            for section in page.sections {
                for translation in section.translations {
                    check(translation.language.value, at: translation.language.location)
                }
            }
        }
    }

    /// The `email` block; without one, the subject is "Candidate for Office".
    static func email(_ blocks: [SettingsBlock], metadata: Metadata?, diagnostics: inout Diagnostics) -> EmailSettings?
    {
        guard let block = blocks.first(where: { $0.keyword.value == "email" }) else {
            return metadata.map { metadata in
                let words = Words.forLanguage(metadata.language)
                var settings = EmailSettings(
                    subject: words.candidateForOffice(metadata.candidate, metadata.office), location: metadata.location)
                settings.subjectIsDefault = true
                return settings
            }
        }
        guard let values = SettingsReader.read(block, keys: emailKeys, diagnostics: &diagnostics),
            let subject = values["subject"]?.value
        else { return nil }
        var settings = EmailSettings(
            subject: subject, preheader: values["preheader"]?.value,
            from: values["from"].flatMap { Mailbox(parsing: $0.value) },
            replyTo: values["reply to"].flatMap { Mailbox(parsing: $0.value) },
            unsubscribe: values["unsubscribe"].flatMap { Unsubscribe(parsing: $0.value) },
            location: block.keyword.location)
        settings.translatedValues = translatedValues(values)
        return settings
    }

    /// The `flyer` block; every key has a default.
    static func flyer(_ blocks: [SettingsBlock], metadata: Metadata?, diagnostics: inout Diagnostics) -> FlyerSettings?
    {
        guard let block = blocks.first(where: { $0.keyword.value == "flyer" }) else {
            return metadata.map { FlyerSettings(location: $0.location) }
        }
        guard let values = SettingsReader.read(block, keys: flyerKeys, diagnostics: &diagnostics) else { return nil }
        var settings = FlyerSettings(location: block.keyword.location)
        if let paper = values["paper"].flatMap({ FlyerSettings.Paper(rawValue: $0.value.lowercased()) }) {
            settings.paper = paper
        }
        if let lines = values["lines"].flatMap({ Int($0.value) }) { settings.lines = lines }
        if let columns = values["columns"].flatMap({ Int($0.value) }) { settings.columns = columns }
        if let tooLong = values["too long"] { settings.overflowIsError = tooLong.value.lowercased() == "error" }
        if let sides = values["sides"].flatMap({ Int($0.value) }) { settings.sides = sides }
        settings.qrSource = values["qr source"]?.value
        if let accent = values["accent"].flatMap({ PrintColour(parsing: $0.value) }) {
            settings.accent = (accent.red, accent.green, accent.blue)
        }
        return settings
    }
}
