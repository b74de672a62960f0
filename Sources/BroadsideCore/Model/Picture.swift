/// A picture from the campaign's folder, read and checked once (`PictureLoader`): the file's bytes as
/// they are, and its pixels turned upright at a working size every edition scales from.
public struct Picture: Sendable {
    public enum Format: String, Sendable {
        case png, jpeg

        /// The type a web server and a mail program name it by.
        public var mediaType: String {
            switch self {
            case .png: "image/png"
            case .jpeg: "image/jpeg"
            }
        }

        /// What staff call it in messages.
        public var displayName: String {
            switch self {
            case .png: "PNG"
            case .jpeg: "JPEG"
            }
        }
    }

    /// Its path from the source's folder, with `/` between folders (`photos/jane.jpg`).
    public var path: String
    public var format: Format
    /// The file as it is: the PDF embeds a JPEG's bytes unchanged.
    public var bytes: [UInt8]
    /// Its size in pixels as it is shown, once the camera's orientation is applied.
    public var width: Int
    public var height: Int
    /// The camera's orientation (EXIF, 1 to 8; 1 when the file says nothing): the stored pixels of a
    /// photo taken on its side are turned when shown.
    public var orientation: Int
    /// The pixels, upright, at most `workingSide` pixels on the long side: enough for the site's largest
    /// copy and for print at 300 dpi across a flyer's column.
    public var pixels: PixelImage
    /// Where the source first names it.
    public var location: SourceLocation

    /// The longest side of `pixels`.
    public static let workingSide = 2400
}

/// Pixels in memory: rows of red, green, blue and alpha bytes (not premultiplied), top row first.
public struct PixelImage: Sendable {
    public var width: Int
    public var height: Int
    /// `width * 4` bytes per row, `height` rows.
    public var rgba: [UInt8]
    /// Whether any pixel is less than opaque (a PNG with transparency).
    public var hasAlpha: Bool
}

// Where the site carries a picture. The email names the largest copy by its address on the site, so
// the names are part of the model, not the web edition's alone.
extension Picture {
    /// The widths of the copies the site offers browsers (`srcset`), narrowest first; the largest
    /// is the `src`.
    public static let siteWidths = [320, 640, 1280]

    /// The widths this picture's copies have: each of `siteWidths` narrower than the picture, then
    /// the picture itself up to the widest.
    public var siteCopyWidths: [Int] {
        let largest = min(pixels.width, Self.siteWidths.last!)
        return Self.siteWidths.filter { $0 < largest } + [largest]
    }

    /// The copy `width` pixels wide, in the site's folder: `pictures/640/photos/jane.jpg`.
    public func siteFile(width: Int) -> String {
        "pictures/\(width)/\(path)"
    }

    /// The largest copy on the site.
    public var largestSiteFile: String { siteFile(width: siteCopyWidths.last!) }

    /// The height of the copy `width` pixels wide.
    public func siteHeight(width: Int) -> Int {
        max(1, Int((Double(width) * Double(pixels.height) / Double(max(1, pixels.width))).rounded()))
    }
}
