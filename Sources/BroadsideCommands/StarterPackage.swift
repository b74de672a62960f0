/// The files `broadside init` writes: a campaign package of its own, which depends on Broadside and runs
/// its build plugin, with a starter source that shows every part of the format.
public struct StarterPackage {
    /// How the package names Broadside: a local checkout, or a published repository and version.
    public enum Dependency {
        case path(String)
        case url(String, version: String)

        /// The line in `dependencies:`.
        var declaration: String {
            switch self {
            case .path(let path): ".package(path: \(swiftString(path)))"
            case .url(let url, let version): ".package(url: \(swiftString(url)), from: \(swiftString(version)))"
            }
        }

        /// The identity SwiftPM gives the dependency: the last part of its path or URL, lowercased.
        var identity: String {
            let location =
                switch self {
                case .path(let path): path
                case .url(let url, _): url
                }
            var last = location.split(separator: "/").last.map(String.init) ?? location
            if last.hasSuffix(".git") { last.removeLast(4) }
            return last.lowercased()
        }
    }

    public let name: String
    public let dependency: Dependency

    public init(name: String, dependency: Dependency) {
        self.name = name
        self.dependency = dependency
    }

    /// Every file, by its path in the package.
    public var files: [(path: String, text: String)] {
        [
            ("Package.swift", packageManifest),
            ("Sources/Editions/CampaignEditions.swift", Self.campaignTarget),
            ("content/campaign.broadside", Self.source),
            ("content/style.css", Self.stylesheet),
            (".gitignore", ".build/\n.build-*/\nPackage.resolved\ndist/\n"),
            ("README.md", readme),
        ]
    }

    var packageManifest: String {
        """
        // swift-tools-version: 6.0
        import PackageDescription

        let package = Package(
            name: \(swiftString(name)),
            dependencies: [
                // Broadside, which turns content/ into the website, the flyer and the email. To build
                // with a checkout of Broadside on this machine instead, write its folder:
                //     .package(path: "../broadside"),
                // and change `package:` below to that folder's name, in lowercase.
                \(dependency.declaration)
            ],
            targets: [
                // `swift build` runs Broadside on content/ and bundles every edition with this target.
                .target(
                    name: "Editions",
                    plugins: [.plugin(name: "BroadsideBuildPlugin", package: \(swiftString(dependency.identity)))]
                )
            ]
        )

        """
    }

    static let campaignTarget = """
        import Foundation

        /// The campaign's editions, made from `content/` by Broadside's build plugin during `swift build`.
        public enum CampaignEditions {
            /// The folder that holds the editions: `site/`, `flyer.pdf`, `email.eml`, ….
            public static var folder: URL { Bundle.module.bundleURL.appendingPathComponent("editions") }
        }

        """

    var readme: String {
        """
        # \(name)

        The campaign's website, flyer and email, made by Broadside from one file:
        `content/campaign.broadside`. Its format is described in Broadside's `docs/FORMAT.md`.

        ```sh
        swift run broadside preview                                  # see every edition while you edit; open http://127.0.0.1:8080/
        swift build                                                  # check the source and build every edition
        swift package --allow-writing-to-package-directory publish   # write them to dist/
        ```

        - Edit `content/campaign.broadside` (and, for the site's colours, `content/style.css`).
        - Every mistake is shown with its line and column and how to fix it; after a mistake, the last good
          editions are kept.
        - `dist/` then holds `site/` (upload it to any web host as it is), `flyer.pdf` (print it),
          `flyer.txt`, `email.eml`, `email.html` and `email.txt`.

        """
    }

    /// A campaign that builds with no error, and shows every part of the format in use, each explained
    /// in a comment. Its words are for the staff to replace.
    public static let source = """
        # This is the campaign's one source. Broadside makes the website, the flyer and the email from it.
        # A line starting with # (at the left edge, or 2 spaces in) is a comment: no edition shows it.
        # Indentation is the structure: blocks at the left edge, their keys 2 spaces in, a section's text
        # 4 spaces in. The text of a section is Markdown: *emphasis*, **strong**, [links](https://…), lists.

        campaign
          # Required: who is running, for what, the line under the name, and the language of the text.
          candidate: Your Name
          office: City Council, District 1
          tagline: One line that says why you are running
          language: en
          # Optional: the site's public address (for links in the email, the sitemap and link previews),
          # a contact line, and the disclaimer the law asks for on printed material and email.
          site: https://yourname.example
          contact: hello@yourname.example
          paid for by: Friends of Your Name
          address: 1 Main Street, Your Town
          # Other languages to publish in, each with its own site, flyer and email (remove the # to use
          # it); then `tagline in es: …` beside a key, and `in es: …` under a section's text.
          # translations: es
          # The candidate's portrait, a PNG or JPEG file beside this one (remove the # to use it): beside
          # the name on the home page and the flyer, and in link previews. A picture in a section's text
          # is written ![what it shows](rally.jpg).
          # photo: portrait.jpg
          # Until a page is written, a link to it is `pending:` and its words are printed without a link.
          # Each build lists them in one warning; this line keeps the build quiet about them.
          pending links: quiet

        email
          subject: Your Name for City Council
          preheader: The line mail programs show beside the subject
          from: Your Name <hello@yourname.example>
          # Where readers unsubscribe: an https:// page, a mailto: address, or your mailing tool's
          # placeholder, such as *|UNSUB|*.
          unsubscribe: *|UNSUB|*
          # The pages the email carries (all of them when this line is left out).
          pages: Home, Plans

        flyer
          # letter, a4 or half-letter; the flyer must fit one page, and the build says when it does not.
          paper: letter

        # The first page is the site's home page.
        page Home
          description: What search engines and link previews show for this page.

          # This section's heading is shown on the site and in the email, not on the flyer.
          section Hello
            heading only in: web, email
            I'm Your Name, and I'm running for City Council in District 1.

          section Why I am running
            Say in a few sentences what you will do. Link to [my plans](page:plans), to
            [a section of them](page:plans#schools), or to [how to help](#how-to-help).

          section How to help
            Talk to your neighbours, and [volunteer](pending:volunteer).

        page Plans
          # This whole page is on the website and in the email, not on the flyer.
          only in: web, email

          section Schools
            Smaller classes, and a nurse in every school.

          # In this section, only the lines indented under `not in: email` are left off the email.
          section Streets
            not in: email
              - A safe crossing at every school.
              - Street lights on every block.
            Ask me about any street.

        """

    static let stylesheet = """
        /* The site's look: this file is added after Broadside's own stylesheet. It may change anything,
           but it may not load anything from another host. The simplest changes are these colours. */
        :root {
          --accent: #1d4ed8;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --accent: #93c5fd;
          }
        }

        """
}

/// `text` as a Swift string literal.
private func swiftString(_ text: String) -> String {
    "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
}
