import Foundation

/// The file of the editions a request asks for, by its path under `/editions/`. Files are looked up in
/// the build's own list, never on disk; a path that tries to leave the editions (`..`, `.`, an empty
/// segment, a backslash, a NUL, an encoded slash) names no file at all.
enum EditionPath {
    static let prefix = "/editions/"

    /// `site/plans.html` for `/editions/site/plans.html`; `site/index.html` for `/editions/site/`.
    /// `rawPath` is the path as the request spells it, percent-encoded; each segment is decoded alone.
    static func file(forRequestPath rawPath: String) -> String? {
        guard rawPath.hasPrefix(prefix) else { return nil }
        var relative = String(rawPath.dropFirst(prefix.count))
        if relative.isEmpty || relative.hasSuffix("/") { relative += "index.html" }
        var segments: [String] = []
        for written in relative.split(separator: "/", omittingEmptySubsequences: false) {
            guard let segment = String(written).removingPercentEncoding, !segment.isEmpty, segment != ".",
                segment != "..", !segment.contains(where: { $0 == "/" || $0 == "\\" || $0 == "\0" })
            else { return nil }
            segments.append(segment)
        }
        return segments.joined(separator: "/")
    }

    /// The content type a file is served with.
    static func contentType(of file: String) -> String {
        switch file.split(separator: ".").last.map({ $0.lowercased() }) {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "txt": "text/plain; charset=utf-8"
        case "xml": "application/xml"
        case "pdf": "application/pdf"
        case "png": "image/png"
        case "eml": "message/rfc822"
        default: "application/octet-stream"
        }
    }
}
