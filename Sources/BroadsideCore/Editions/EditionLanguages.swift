/// Which language's editions a renderer makes, among the campaign's languages, and where they go: the
/// original language keeps the names it always had (`site/`, `flyer.pdf`), each other language has its
/// own (`site/es/`, `flyer.es.pdf`).
struct EditionLanguages: Sendable {
    /// The language of these editions, as the source writes it.
    let current: String
    /// Every language, the original first.
    let all: [String]
    /// Each language's name in itself, by language in lowercase.
    let names: [String: String]

    /// Editions of a campaign in one language: the original, alone.
    static func single(_ language: String) -> EditionLanguages {
        EditionLanguages(current: language, all: [language], names: [:])
    }

    var isOriginal: Bool { isOriginal(current) }

    /// Whether `language` is the one the source is written in.
    func isOriginal(_ language: String) -> Bool {
        language.lowercased() == (all.first ?? current).lowercased()
    }
    var isMultilingual: Bool { all.count > 1 }

    /// A file named for these editions: `flyer.pdf` as `flyer.es.pdf` in another language.
    func fileName(_ name: String) -> String {
        guard !isOriginal else { return name }
        guard let dot = name.lastIndex(of: ".") else { return "\(name).\(current)" }
        return "\(name[..<dot]).\(current)\(name[dot...])"
    }

    /// These editions' site folder within the output: `site`, or `site/es`.
    var siteFolder: String { isOriginal ? "site" : "site/\(current)" }

    /// From a page of these editions to the site's root folder: empty, or `../`.
    var siteRoot: String { isOriginal ? "" : "../" }

    /// A file of `language`'s site as a link from a page of these editions (`../es/plans.html`).
    func link(to file: String, in language: String) -> String {
        siteRoot + rootPath(of: file, in: language)
    }

    /// A file of `language`'s site from the site's root (`es/plans.html`), for public addresses.
    func rootPath(of file: String, in language: String) -> String {
        isOriginal(language) ? file : "\(language)/\(file)"
    }

    /// Whether text in `language` runs right to left (Arabic, Hebrew, Persian, Urdu and their kin).
    static func isRightToLeft(_ language: String) -> Bool {
        let subtags = language.lowercased().split(separator: "-")
        if subtags.contains(where: { ["arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg"].contains($0) }) {
            return true
        }
        if subtags.contains(where: { ["latn", "cyrl"].contains($0) }) { return false }
        return ["ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "syr", "iw"].contains(subtags.first ?? "")
    }
}
