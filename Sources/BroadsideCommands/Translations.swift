import ArgumentParser
import BroadsideCore
import FoundationEssentials

/// `broadside translations`: what each language has translated, what it lacks and what has fallen
/// behind its original; with `--mark-current`, records every translation as up to date.
public struct Translations: ParsableCommand {
    public static let configuration = CommandConfiguration(
        abstract: "For each language of the campaign, list what is translated, missing and out of date.",
        discussion: """
            A translation records the original it was made from (`translated from:` under `in LANG:`); when \
            the original changes, the build warns that the translation is out of date. Once the translations \
            are up to date, --mark-current writes the record under each of them.
            """)

    @OptionGroup var options: SourceOptions

    @Flag(help: "Record every translation as made from its original as it is now (rewrites the source).")
    var markCurrent = false

    public init() {}

    public func run() throws {
        let compilation = options.compile { inputs, renderOptions in
            var options = renderOptions
            options.editions = []
            return Broadside.compile(consume inputs, options: options)
        }
        guard let compilation, let campaign = compilation.campaign, let source = compilation.source else {
            throw ExitCode.failure
        }
        guard !campaign.metadata.translations.isEmpty else {
            Report.line("\(source.path): the campaign has no translations (add `  translations: es` under `campaign`)")
            return
        }
        for line in TranslationReport.lines(campaign) { Report.line(line) }
        guard markCurrent else { return }
        let path = source.path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Report.failure("\(path) cannot be read again to mark the translations")
        }
        let marked = TranslationReport.markCurrent(String(decoding: data, as: UTF8.self), campaign: campaign)
        guard marked.changed > 0 else {
            Report.line("every translation is already marked as current")
            return
        }
        do {
            try Data(marked.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw Report.failure("\(path) could not be written: \(error)")
        }
        Report.line("marked \(marked.changed) translation\(marked.changed == 1 ? "" : "s") as current in \(path)")
    }
}
