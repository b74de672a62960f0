/// A file the staff's stylesheet asks for (`url(images/bg.png)`, `image-set("a.png" 1x)`): it may only
/// be a path relative to `style.css`, inside the site, and the site must have that file.
struct StylesheetReference: Equatable, Sendable {
    /// The file's path from the site's folder, decoded (`images/bg.png`).
    var path: String
    /// The URL as the stylesheet spells it, escapes decoded.
    var written: String
    var location: SourceLocation

    /// Why a URL in the stylesheet is refused.
    enum Problem: Error, Equatable {
        case empty, controlCharacter, backslash, anotherHost, fromRoot, scheme(String), outsideSite, folder
    }

    /// The site path a URL in the stylesheet resolves to, read as a browser's URL parser reads it:
    /// spaces and controls at the ends trimmed, tabs and line breaks inside dropped, `\` taken for `/`,
    /// `%2e` for a dot. Whatever the browser would send to another host, or outside the site, is refused.
    static func sitePath(of url: String) -> Result<String, Problem> {
        let scalars = Array(
            url.unicodeScalars.drop { $0.value <= 0x20 }.reversed().drop { $0.value <= 0x20 }.reversed())
        if scalars.isEmpty { return .failure(.empty) }
        if scalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
            return .failure(.controlCharacter)
        }
        if scalars.contains("\\") { return .failure(.backslash) }
        if scalars.first == "/" { return .failure(scalars.count > 1 && scalars[1] == "/" ? .anotherHost : .fromRoot) }
        if let scheme = scheme(of: scalars) { return .failure(.scheme(scheme)) }
        let pathPart = scalars.prefix { $0 != "?" && $0 != "#" }
        var segments: [String] = []
        let written = String(String.UnicodeScalarView(pathPart)).split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in written.enumerated() {
            let decoded = percentDecoded(segment)
            switch decoded {
            case ".":
                if index == written.count - 1 { return .failure(.folder) }
            case "..":
                guard !segments.isEmpty else { return .failure(.outsideSite) }
                segments.removeLast()
                if index == written.count - 1 { return .failure(.folder) }
            case "":
                if index == written.count - 1 { return .failure(.folder) }
            default:
                segments.append(decoded)
            }
        }
        if segments.isEmpty { return .failure(.folder) }
        return .success(segments.joined(separator: "/"))
    }

    /// `https` for `https://…`: a scheme is a letter, then letters, digits, `+`, `-` or `.`, then `:`.
    private static func scheme(of scalars: [Unicode.Scalar]) -> String? {
        guard let colon = scalars.firstIndex(of: ":"), colon > 0 else { return nil }
        let name = scalars[..<colon]
        guard let first = name.first, first.properties.isAlphabetic, first.isASCII,
            name.allSatisfy({
                $0.isASCII
                    && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0))
            })
        else { return nil }
        return String(String.UnicodeScalarView(name)).lowercased()
    }

    /// `%41` as `A`; a `%` not followed by two hex digits stays as it is, as the URL parser leaves it.
    private static func percentDecoded(_ segment: Substring) -> String {
        let bytes = Array(segment.utf8)
        var decoded: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                bytes[index + 1...index + 2].allSatisfy({ Unicode.Scalar($0).properties.isASCIIHexDigit }),
                let value = UInt8(String(decoding: bytes[index + 1...index + 2], as: UTF8.self), radix: 16)
            {
                decoded.append(value)
                index += 3
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }
}
