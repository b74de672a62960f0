import Foundation

/// Comparing texts the way the seeds are to be matched: word for word, whitespace aside.
enum TextComparison {
    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) })
    }

    /// The text without the lines that only underline a heading (`=====` or `-----`).
    static func withoutUnderlines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { line in line.isEmpty || !line.allSatisfy { $0 == "=" || $0 == "-" } }
            .joined(separator: "\n")
    }

    /// The first of `lines` (whitespace removed) not found in `text` after the previous one, or nil.
    static func missingInOrder(_ lines: [String], in text: String) -> String? {
        var searchFrom = text.startIndex
        for line in lines {
            let needle = squeezed(line)
            guard let range = text.range(of: needle, range: searchFrom..<text.endIndex) else { return line }
            searchFrom = range.upperBound
        }
        return nil
    }

    /// The text a reader sees in an HTML page: tags dropped, entities decoded, `<head>` left out.
    static func visibleText(ofHTML html: String) -> String {
        var body = html
        if let headEnd = body.range(of: "</head>") { body = String(body[headEnd.upperBound...]) }
        let withoutTags = body.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        return
            withoutTags
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Where two texts first differ, as a short description for a failing test.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let left = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            let right = index < actualLines.count ? String(actualLines[index]) : "<end>"
            if left != right { return "line \(index + 1):\n- \(left)\n+ \(right)" }
        }
        return "no difference"
    }
}
