/// The site's pictures: each written once, in every width of `Picture.siteWidths` narrower than it
/// and at its own size up to the widest, with no metadata (no camera, no place a photo was taken);
/// and shown by an `<img>` that lets the browser fetch the copy its screen needs.
struct SitePictures {
    /// Above this, a picture file is worth a warning: the campaign's folder and the PDF carry it whole.
    static let heavyFile = 1 << 20

    private var written: Set<String> = []
    private(set) var files: [OutputFile] = []
    /// Copies made by earlier compiles, when the caller keeps them.
    var cache: PictureCache?

    /// Writes the copies of `picture`, unless they are written already.
    mutating func add(_ picture: Picture, diagnostics: inout Diagnostics) {
        guard written.insert(picture.path).inserted else { return }
        var largest = 0
        for width in picture.siteCopyWidths {
            let height = picture.siteHeight(width: width)
            guard
                let bytes = cache?.copy(of: picture, width: width)
                    ?? PictureCodec.encoded(
                        PictureCodec.scaled(picture.pixels, width: width, height: height), as: picture.format)
            else {
                diagnostics.error(
                    "`\(picture.path)` could not be written at \(width) × \(height) pixels", at: picture.location,
                    notes: [Diagnostic.Note("save the picture again as \(picture.format.displayName), and build again")]
                )
                return
            }
            cache?.store(copy: bytes, of: picture, width: width)
            largest = bytes.count
            files.append(OutputFile(path: "\(WebEdition.folder)/\(picture.siteFile(width: width))", contents: bytes))
        }
        if picture.bytes.count > Self.heavyFile, let width = picture.siteCopyWidths.last {
            diagnostics.warning(
                "`\(picture.path)` is \(SourceFiles.describeSize(picture.bytes.count)), \(picture.width.grouped) × \(picture.height.grouped) pixels: the site carries it at \(width.grouped) × \(picture.siteHeight(width: width).grouped) (\(Self.kilobytes(largest)) KB), and the flyer's PDF carries the whole file",
                at: picture.location,
                notes: [
                    Diagnostic.Note(
                        "a copy \(Picture.workingSide.grouped) pixels on the long side, saved at a quality near 85, keeps the campaign's folder and the flyer light"
                    )
                ])
        }
    }

    /// How a page shows a picture: `sizes` for the browser, and the widest it is shown, in CSS pixels.
    struct Placement {
        var sizes: String
        var widest: Int

        /// In the text of a section: the width of the column.
        static let inText = Placement(sizes: "(min-width: 44rem) 40rem, 100vw", widest: 640)
        /// The candidate's portrait beside the name on the home page.
        static let portrait = Placement(sizes: "10rem", widest: 160)
    }

    /// The `<img>` of `picture`: every copy in `srcset`, so that the browser fetches the one its screen
    /// needs, and as `src` the copy for a screen of twice the density at the widest it is shown; its
    /// size, so that the page does not jump as it loads; `loading="lazy"` below the first screenful.
    static func img(
        _ picture: Picture, alt: String, title: String = "", placement: Placement, lazy: Bool, className: String? = nil,
        root: String = ""
    ) -> String {
        let widths = picture.siteCopyWidths
        let largest = widths.last!
        let source = widths.first { $0 >= placement.widest * 2 } ?? largest
        let sizes = placement.sizes
        var html = "<img"
        if let className { html += " class=\"\(className)\"" }
        html += " src=\"\(root)\(WebAddress.pathEncoded(picture.siteFile(width: source)))\""
        if widths.count > 1 {
            let set = widths.map { "\(root)\(WebAddress.pathEncoded(picture.siteFile(width: $0))) \($0)w" }
            html += " srcset=\"\(set.joined(separator: ", "))\" sizes=\"\(sizes)\""
        }
        html += " width=\"\(source)\" height=\"\(picture.siteHeight(width: source))\""
        html += " alt=\"\(HTMLText.escape(alt))\""
        if !title.isEmpty { html += " title=\"\(HTMLText.escape(title))\"" }
        if lazy { html += " loading=\"lazy\"" }
        return html + " decoding=\"async\">"
    }

    private static func kilobytes(_ bytes: Int) -> String {
        ((bytes + 512) / 1000).grouped
    }
}
