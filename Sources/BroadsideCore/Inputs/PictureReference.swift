/// A picture as the source names it (`photo.jpg`, `photos/jane%20doe.jpg`): checked to be a file of
/// the campaign's own folder before anything is read.
enum PictureReference {
    /// Why a written name cannot be a picture of the campaign.
    enum Problem: Error, Equatable {
        case empty
        /// `https://…`, `data:…`: it would make readers' browsers call another host.
        case remote(scheme: String)
        case absolute
        case leavesFolder
        case notAPictureName(String)
    }

    /// The picture's path from the source's folder: percent-escapes decoded, `.` segments dropped.
    static func path(_ written: String) -> Result<String, Problem> {
        guard !written.isEmpty else { return .failure(.empty) }
        // `C:\photo.jpg` is a Windows path, not an address with the scheme `c`.
        let utf8 = Array(written.utf8)
        if utf8.count > 2, utf8[1] == UInt8(ascii: ":"), utf8[2] == UInt8(ascii: "\\") || utf8[2] == UInt8(ascii: "/") {
            return .failure(.absolute)
        }
        if let scheme = WebAddress.scheme(of: written) { return .failure(.remote(scheme: scheme)) }
        if written.hasPrefix("//") { return .failure(.remote(scheme: "https")) }
        let decoded = percentDecoded(written)
        if decoded.hasPrefix("/") || decoded.hasPrefix("\\") || decoded.contains("\\") { return .failure(.absolute) }
        var segments: [Substring] = []
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) where segment != "." {
            if segment == ".." { return .failure(.leavesFolder) }
            segments.append(segment)
        }
        let path = segments.joined(separator: "/")
        guard let last = segments.last, format(ofName: String(last)) != nil else {
            return .failure(.notAPictureName(path))
        }
        return .success(path)
    }

    /// The format a file's name claims (`.png`, `.jpg`, `.jpeg`, in any case), if it names a picture
    /// Broadside takes.
    static func format(ofName name: String) -> Picture.Format? {
        let lower = name.lowercased()
        if lower.hasSuffix(".png") && lower.count > 4 { return .png }
        if (lower.hasSuffix(".jpg") && lower.count > 4) || (lower.hasSuffix(".jpeg") && lower.count > 5) {
            return .jpeg
        }
        return nil
    }

    /// `%20` and the like decoded; a `%` not followed by two hex digits stays as it is.
    private static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
                let high = hexValue(utf8[index + 1]), let low = hexValue(utf8[index + 2])
            {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
