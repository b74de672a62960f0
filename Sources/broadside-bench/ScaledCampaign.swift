import Foundation

/// A campaign source about `scale` times the size of a template campaign (content/'s): its pages repeated
/// with unique names, its pending links turned into links between the copies, and a section using every
/// kind of block added to each copy. Also gives all the Markdown bodies as one CommonMark document, for
/// cmark to render the same text.
struct ScaledCampaign {
    var source: String
    var bodies: String

    /// How many copies of the template's sections share one page: a real campaign grows by sections
    /// more than by pages, and every page lists every other in its navigation.
    static let copiesPerPage = 10

    /// The page a copy is on: the first copy alone on the first page, then ten to a page.
    static func page(of copy: Int) -> Int {
        copy == 0 ? 0 : (copy - 1) / copiesPerPage + 1
    }

    init(template: String, scale: Int) {
        let lines = template.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let firstPage = lines.firstIndex { $0.hasPrefix("page ") } ?? lines.count
        let header = lines[..<firstPage].joined(separator: "\n")
        // The template's sections, without its page lines.
        let sections = lines[firstPage...].filter { !$0.hasPrefix("page ") }.joined(separator: "\n")
        var source = header + "\n"
        var bodies = ""
        for copy in 0..<scale {
            // The first part alone is on the flyer, which must fit two sides; the rest are not.
            if copy == 0 || (copy - 1) % Self.copiesPerPage == 0 {
                source += "\npage Part \(Self.page(of: copy))\n" + (copy == 0 ? "" : "  not in: flyer\n")
            }
            let next = (copy + 1) % scale
            let nextPage = Self.page(of: next)
            var text = sections.replacingOccurrences(
                of: #"\(pending:[^)]*\)"#, with: "(page:part-\(nextPage)#why-i-am-running-\(next))",
                options: .regularExpression)
            text = text.replacingOccurrences(
                of: #"(?m)^  section (.*)$"#, with: "  section $1 \(copy)", options: .regularExpression)
            text += Self.everyKindOfBlock(copy: copy, next: next, nextPage: nextPage)
            source += text + "\n"
            bodies += Self.markdown(ofPages: text)
        }
        self.source = source
        self.bodies = bodies
    }

    /// A section with headings, lists (ordered, nested), a quote, code, a rule, emphasis, inline code,
    /// an autolink, links within the copy and to the next one, and a block left out of the flyer.
    static func everyKindOfBlock(copy: Int, next: Int, nextPage: Int) -> String {
        """

          section Every kind of block \(copy)
            # A subheading
            Some *emphasis*, some **strong** words, `inline code`, and <https://example.org/\(copy)>.

            1. First, with [a link to the next part](page:part-\(nextPage)#every-kind-of-block-\(next)).
            2. Second, with a nested list:
               - one
               - two

            > A quotation, long enough to be wrapped across more than one line in the text editions of the campaign.

                let code = "kept as written"

            ---

            not in: flyer
              Text for the web and the email only, back to [the start](#why-i-am-running-\(copy)).

        """
    }

    /// The Markdown of every section of `pages`: each section's name as a heading, then its text, with
    /// the source's indentation and edition choices taken away.
    static func markdown(ofPages pages: String) -> String {
        var markdown = ""
        for line in pages.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("  section ") {
                markdown += "\n## " + line.dropFirst("  section ".count) + "\n\n"
            } else if line.hasPrefix("    ") {
                let text = line.dropFirst(4)
                let trimmed = text.drop { $0 == " " }
                if trimmed.hasPrefix("only in:") || trimmed.hasPrefix("not in:")
                    || trimmed.hasPrefix("heading only in:")
                {
                    continue
                }
                markdown += text + "\n"
            } else if line.isEmpty {
                markdown += "\n"
            }
        }
        return markdown
    }
}
