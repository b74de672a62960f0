/// What a file holds, from its first bytes (each format's signature), before any reader sees it.
enum PictureSniffer {
    enum Kind: Equatable {
        case picture(Picture.Format)
        /// Another picture format, by the name people know it by (`GIF`, `HEIC`).
        case other(String)
        case unknown
    }

    static func kind(of bytes: [UInt8]) -> Kind {
        func starts(_ signature: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + signature.count && Array(bytes[offset..<offset + signature.count]) == signature
        }
        func ascii(_ text: String, at offset: Int = 0) -> Bool { starts(Array(text.utf8), at: offset) }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .picture(.png) }
        if starts([0xFF, 0xD8, 0xFF]) { return .picture(.jpeg) }
        if ascii("GIF87a") || ascii("GIF89a") { return .other("GIF") }
        if ascii("RIFF") && ascii("WEBP", at: 8) { return .other("WebP") }
        if ascii("ftyp", at: 4) && (ascii("heic", at: 8) || ascii("heix", at: 8) || ascii("mif1", at: 8)) {
            return .other("HEIC")
        }
        if ascii("ftyp", at: 4) && ascii("avif", at: 8) { return .other("AVIF") }
        if ascii("BM") { return .other("BMP") }
        if ascii("II*\u{0}") || ascii("MM\u{0}*") { return .other("TIFF") }
        if ascii("%PDF") { return .other("PDF") }
        let head = String(decoding: bytes.prefix(512), as: UTF8.self)
        if head.contains("<svg") { return .other("SVG") }
        return .unknown
    }
}

extension PictureSniffer {
    /// Where a JPEG's end marker ends (the length of the picture itself), or nil when it has none.
    /// libjpeg reads a file cut short as a warning and fills the rest with grey, so the reader alone
    /// would let a half-copied photo through. The walk goes from
    /// marker to marker by their lengths, and through each scan's data (in which a 0xFF byte is always
    /// followed by 0x00 or a restart marker), to the end-of-image marker; what follows it (a phone's
    /// motion photo, padding) is not the picture's.
    static func jpegEnd(_ bytes: [UInt8]) -> Int? {
        var index = 2
        while index + 1 < bytes.count {
            guard bytes[index] == 0xFF else { return nil }
            var marker = index + 1
            while marker < bytes.count && bytes[marker] == 0xFF { marker += 1 }
            guard marker < bytes.count else { return nil }
            let code = bytes[marker]
            index = marker + 1
            switch code {
            case 0xD9:
                return index
            case 0x01, 0xD0...0xD7:
                continue
            default:
                guard index + 1 < bytes.count else { return nil }
                let length = Int(bytes[index]) << 8 | Int(bytes[index + 1])
                guard length >= 2 else { return nil }
                index += length
                guard code == 0xDA else { continue }
                // The scan's data, up to the next marker.
                while index + 1 < bytes.count {
                    if bytes[index] == 0xFF {
                        let next = bytes[index + 1]
                        if next != 0x00 && !(0xD0...0xD7).contains(next) && next != 0xFF { break }
                        if next == 0xFF {
                            index += 1
                            continue
                        }
                        index += 2
                    } else {
                        index += 1
                    }
                }
            }
        }
        return nil
    }
}
