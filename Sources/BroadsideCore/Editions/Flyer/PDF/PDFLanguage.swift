/// Records the document's language (`/Lang` in the catalog, which screen readers read) in a PDF Cairo
/// wrote: Cairo has no way to set it. Cairo writes the catalog as the last object, just before the
/// cross-reference table, so adding a line to it moves only the table, whose offset is then corrected.
enum PDFLanguage {
    /// `pdf` with `/Lang (tag)` in its catalog; unchanged when it is not laid out as Cairo writes it.
    static func record(_ language: String, in pdf: [UInt8]) -> [UInt8] {
        guard
            language.utf8.allSatisfy({
                $0 == UInt8(ascii: "-") || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0)
                    || (0x61...0x7A).contains($0)
            }),
            let catalog = lastRange(of: Array("<< /Type /Catalog\n".utf8), in: pdf),
            let table = lastRange(of: Array("\nxref\n".utf8), in: pdf), table.lowerBound > catalog.upperBound,
            let start = lastRange(of: Array("startxref\n".utf8), in: pdf), start.lowerBound > table.upperBound
        else { return pdf }
        let digits = pdf[start.upperBound...].prefix { (0x30...0x39).contains($0) }
        guard let offset = Int(String(decoding: digits, as: UTF8.self)), offset == table.lowerBound + 1,
            !entries(pdf[table.upperBound..<start.lowerBound]).contains(where: { $0 > catalog.lowerBound })
        else { return pdf }
        let line = Array("   /Lang (\(language))\n".utf8)
        var recorded = Array(pdf[..<catalog.upperBound]) + line + Array(pdf[catalog.upperBound..<start.upperBound])
        recorded += Array(String(offset + line.count).utf8)
        recorded += pdf[(start.upperBound + digits.count)...]
        return recorded
    }

    /// The byte offsets the cross-reference table lists (`0000047180 00000 n`).
    private static func entries(_ table: ArraySlice<UInt8>) -> [Int] {
        table.split(separator: UInt8(ascii: "\n")).compactMap { line in
            let fields = line.split(separator: UInt8(ascii: " "))
            guard fields.count == 3, fields[2].first == UInt8(ascii: "n") else { return nil }
            return Int(String(decoding: fields[0], as: UTF8.self))
        }
    }

    private static func lastRange(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
        guard haystack.count >= needle.count else { return nil }
        var index = haystack.count - needle.count
        while index >= 0 {
            if haystack[index] == needle[0] && Array(haystack[index..<index + needle.count]) == needle {
                return index..<index + needle.count
            }
            index -= 1
        }
        return nil
    }
}
