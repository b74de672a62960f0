import Foundation
import Testing

@testable import BroadsideCore

/// A campaign in English, Spanish, Simplified Chinese and Arabic (Fixtures/campaigns/multilingual):
/// every edition of every language, and what the build says of translations.
@Suite("Every language from one source")
struct MultilingualTests {
    static let source = Support.fixtures.appendingPathComponent("campaigns/multilingual/campaign.broadside")
    static let languages = ["es", "zh-Hans", "ar"]

    static func files() throws -> [String: OutputFile] {
        let compilation = try Support.compile(file: source.path)
        let files = try #require(compilation.files, "\(Support.describe(compilation.diagnostics.errors))")
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) })
    }

    @Test("each language has its own editions; the original keeps its names")
    func names() throws {
        let files = try Self.files()
        for name in ["site/index.html", "site/plans.html", "flyer.txt", "flyer.pdf", "email.txt", "email.eml"] {
            #expect(files[name] != nil, "\(name)")
        }
        for language in Self.languages {
            for name in [
                "site/\(language)/index.html", "site/\(language)/plans.html", "site/\(language)/email/index.html",
                "flyer.\(language).txt", "flyer.\(language).pdf", "flyer-2up.\(language).pdf",
                "email.\(language).txt", "email.\(language).eml", "email.\(language).html",
            ] {
                #expect(files[name] != nil, "\(name)")
            }
            // One stylesheet, one 404 page, one set of pictures: the site's; a share card in each language.
            #expect(files["site/\(language)/style.css"] == nil && files["site/\(language)/404.html"] == nil)
            #expect(files["site/\(language)/share.png"] != nil)
            #expect(
                try #require(files["site/\(language)/index.html"]).text.contains(
                    "<meta property=\"og:image\" content=\"https://janedoe.example/\(language)/share.png\">"))
        }
    }

    @Test("every page has its language and direction, and hreflang links to each language, reciprocated")
    func alternates() throws {
        let files = try Self.files()
        let all = ["en"] + Self.languages
        for language in all {
            let folder = language == "en" ? "site/" : "site/\(language)/"
            for page in ["index.html", "plans.html"] {
                let html = try #require(files[folder + page]).text
                let direction = language == "ar" ? " dir=\"rtl\"" : ""
                #expect(html.contains("<html lang=\"\(language)\"\(direction)>"), "\(folder)\(page)")
                let links = html.matches(of: /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/).map {
                    (String($0.output.1), String($0.output.2))
                }
                #expect(links.map(\.0) == all + ["x-default"], "\(folder)\(page)")
                for (target, href) in links {
                    // Each alternate is a page of the site that links back to this one.
                    let path = href.replacing("https://janedoe.example/", with: "site/")
                    let file = path.hasSuffix("/") ? path + "index.html" : path
                    let other = try #require(files[file], "\(href)").text
                    let back =
                        "https://janedoe.example/\(language == "en" ? "" : language + "/")\(page == "index.html" ? "" : page)"
                    #expect(other.contains("hreflang=\"\(language)\" href=\"\(back)\""), "\(file) → \(back), \(target)")
                }
            }
        }
    }

    @Test("the switcher names each language in itself; the sitemap lists every language's pages")
    func switcherAndSitemap() throws {
        let files = try Self.files()
        let html = try #require(files["site/zh-Hans/plans.html"]).text
        #expect(html.contains(#"<nav class="languages" aria-label="语言">"#))
        #expect(html.contains(#"<li><a href="../plans.html" hreflang="en" lang="en">English</a></li>"#))
        #expect(html.contains(#"<li><a href="../es/plans.html" hreflang="es" lang="es">Español</a></li>"#))
        #expect(html.contains(#"<li><a href="plans.html" lang="zh-Hans" aria-current="true">简体中文</a></li>"#))
        #expect(html.contains(#"<li><a href="../ar/plans.html" hreflang="ar" lang="ar">العربية</a></li>"#))
        let sitemap = try #require(files["site/sitemap.xml"]).text
        for path in [
            "", "plans.html", "es/", "es/plans.html", "zh-Hans/", "zh-Hans/plans.html", "ar/", "ar/plans.html",
        ] {
            #expect(sitemap.contains("<loc>https://janedoe.example/\(path)</loc>"), "\(path)")
        }
    }

    /// Every word English editions print themselves, but the language names in the switcher.
    static let englishWords: [String] = {
        let english = Words.english
        return [
            english.skipToMainContent, english.donate, english.volunteer, english.pagesNavigation, english.allPages,
            english.pageNotFound, english.homePage, english.links, english.unsubscribe, english.viewInBrowser,
            english.languagesNavigation, "Subject:", "Paid for by", "Vote Tuesday", " for City Council", "Photo of",
        ]
    }()

    @Test("no English word of Broadside's own is in the Spanish, Chinese or Arabic editions")
    func noEnglish() throws {
        let files = try Self.files()
        let folder = TestFolders.make("multilingual")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for language in Self.languages {
            var texts: [(String, String)] = []
            for (path, file) in files where path.hasPrefix("site/\(language)/") && path.hasSuffix(".html") {
                texts.append((path, file.text.replacing(#"lang="en">English</a>"#, with: "")))
            }
            for name in ["flyer.\(language).txt", "email.\(language).txt", "email.\(language).html"] {
                texts.append((name, try #require(files[name]).text))
            }
            for name in ["flyer.\(language).pdf", "flyer-2up.\(language).pdf"] {
                let url = folder.appendingPathComponent(name)
                try Data(try #require(files[name]).contents).write(to: url)
                let run = try ExternalTool.run(["pdftotext", url.path, "-"])
                texts.append((name, run.output))
            }
            for (name, text) in texts {
                for word in Self.englishWords { #expect(!text.contains(word), "\(name) has “\(word)”") }
            }
        }
    }

    @Test("the Chinese and Arabic PDFs read back as Chinese and Arabic (pdftotext)")
    func pdfText() throws {
        let files = try Self.files()
        let folder = TestFolders.make("multilingual-pdf")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (language, expected) in [("zh-Hans", "人人享有安全的街道"), ("ar", "شوارع آمنة للجميع")] {
            let url = folder.appendingPathComponent("flyer.\(language).pdf")
            try Data(try #require(files["flyer.\(language).pdf"]).contents).write(to: url)
            let run = try ExternalTool.run(["pdftotext", url.path, "-"])
            #expect(run.output.contains(expected), "\(language): \(run.output)")
            #expect(try ExternalTool.run(["pdfinfo", url.path]).status == 0)
        }
    }

    @Test("text editions stay within their width counted in display columns (Python's unicodedata)")
    func displayWidth() throws {
        // A flyer 40 columns wide, in Chinese: every line must break between characters.
        var text = try String(contentsOf: Self.source, encoding: .utf8)
        text = text.replacing("email\n  subject:", with: "flyer\n  columns: 40\n\nemail\n  subject:")
        let compilation = Support.compile(text)
        let files = try #require(compilation.files, "\(Support.describe(compilation.diagnostics.errors))")
        let folder = TestFolders.make("widths")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var names: [String] = []
        for file in files where file.path.hasSuffix(".txt") && !file.path.contains("/") {
            try Data(file.contents).write(to: folder.appendingPathComponent(file.path))
            names.append(file.path)
        }
        let script = """
            import sys, unicodedata
            def columns(line):
                return sum(0 if unicodedata.combining(c) or unicodedata.category(c) in ('Mn', 'Me', 'Cf')
                           else 2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in line)
            for name in sys.argv[1:]:
                width = 40 if name.startswith('flyer') else 72
                for line in open(name, encoding='utf-8').read().split('\\n'):
                    # A line may pass the width only when it is one word (an address) with nowhere to break.
                    breakable = ' ' in line.strip() or any(unicodedata.east_asian_width(c) in 'WF' for c in line)
                    if columns(line) > width and breakable:
                        print(name, columns(line), repr(line))
            print('done')
            """
        let run = try ExternalTool.run(["python3", "-c", script] + names, in: folder)
        #expect(run.output == "done\n", "\(run.output)")
        let flyer = try #require(files.first { $0.path == "flyer.zh-Hans.txt" }).text
        #expect(flyer.split(separator: "\n").count > 8, "\(flyer)")
        // No line starts with the punctuation UAX #14 keeps at the end of the one before.
        #expect(!flyer.split(separator: "\n").contains { $0.hasPrefix("。") || $0.hasPrefix("、") })
    }

    static let small = """
        campaign
          candidate: Jane Doe
          office: City Council
          tagline: Safe streets
          language: en
          translations: es
          office in es: Concejo Municipal
          tagline in es: Calles seguras

        page Home
          name in es: Inicio
          section Hello
            Hello, neighbours.

            in es: Hola
              Hola, vecinos.

          section Plans
            Crossings at every school.
        """

    @Test("--mark-current records each translation; a change to the original makes it out of date")
    func staleTranslations() throws {
        let first = try #require(Support.compile(Self.small).campaign)
        #expect(TranslationStatus.all(first).map(\.state) == [.unrecorded])
        // Windows line ends stay Windows line ends.
        let marked = TranslationReport.markCurrent(Self.small.replacing("\n", with: "\r\n"), campaign: first)
        #expect(marked.changed == 1)
        #expect(
            marked.text.contains(
                "\r\n    in es: Hola\r\n      translated from: \(first.pages[0].sections[0].fingerprint)\r\n      Hola, vecinos.\r\n"
            ))
        let current = Support.compile(marked.text)
        #expect(
            !current.diagnostics.all.contains {
                $0.message.contains("translated from") || $0.message.contains("out of date")
            })
        #expect(TranslationReport.markCurrent(marked.text, campaign: try #require(current.campaign)).changed == 0)
        // The original changes: the translation is out of date, at its `translated from:` line.
        let changed = Support.compile(marked.text.replacing("Hello, neighbours.", with: "Hello, friends."))
        let stale = changed.diagnostics.warnings.filter { $0.message.contains("out of date") }
        #expect(
            stale.map(\.message) == [
                "this translation into `es` is out of date: the section `Hello` has changed since it was translated"
            ])
        #expect(stale.first?.location.line == 16)
        // Tidying trailing spaces or blank lines is no change.
        let tidied = Support.compile(marked.text.replacing("Hello, neighbours.", with: "Hello, neighbours.   "))
        #expect(!tidied.diagnostics.all.contains { $0.message.contains("out of date") })
        // And the report says so.
        let lines = TranslationReport.lines(try #require(changed.campaign))
        #expect(lines.first == "es (Español): 1 of 2 sections translated, 1 missing, 1 out of date, 0 unmarked")
    }

    @Test("an untranslated section appears in the original, marked with its language, or is left out")
    func untranslatedSections() throws {
        let files = try Support.checkedCompilation(Self.small).files ?? []
        let spanish = try #require(files.first { $0.path == "site/es/index.html" }).text
        #expect(spanish.contains("<section id=\"plans\" lang=\"en\">\n<h2>Plans</h2>"))
        #expect(spanish.contains("<section id=\"hello\">\n<h2>Hola</h2>\n<p>Hola, vecinos.</p>"))
        let warnings = Support.compile(Self.small).diagnostics.warnings.map(\.message)
        #expect(warnings.contains("the section `Plans` is not translated into `es`; it appears in `en` there"))
        let leftOut = Support.compile(
            Self.small.replacing("  translations: es\n", with: "  translations: es\n  untranslated: leave out\n"))
        let page = try #require(leftOut.files?.first { $0.path == "site/es/index.html" }).text
        #expect(!page.contains("Plans") && page.contains("Hola, vecinos."))
    }
}
