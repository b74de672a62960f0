import CPangoCairo
import Glibc

/// A picture's pixels as a Cairo image surface, to draw on a PDF page or on another picture.
final class PixelSurface {
    let surface: OpaquePointer
    let width: Int
    let height: Int

    /// The pixels of `image`, premultiplied, as Cairo stores them (one 32-bit word a pixel, in the
    /// machine's order).
    init(_ image: PixelImage) {
        width = image.width
        height = image.height
        surface = cairo_image_surface_create(
            image.hasAlpha ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24, Int32(width), Int32(height))
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        if let data = cairo_image_surface_get_data(surface) {
            image.rgba.withUnsafeBufferPointer { rgba in
                for row in 0..<height {
                    let line = UnsafeMutableRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
                    var offset = row * width * 4
                    for column in 0..<width {
                        let alpha = UInt32(rgba[offset + 3])
                        var red = UInt32(rgba[offset])
                        var green = UInt32(rgba[offset + 1])
                        var blue = UInt32(rgba[offset + 2])
                        if alpha != 255 {
                            red = (red * alpha + 127) / 255
                            green = (green * alpha + 127) / 255
                            blue = (blue * alpha + 127) / 255
                        }
                        line[column] = alpha << 24 | red << 16 | green << 8 | blue
                        offset += 4
                    }
                }
            }
        }
        cairo_surface_mark_dirty(surface)
    }

    deinit {
        cairo_surface_destroy(surface)
    }

    /// Tells a PDF to embed `jpeg` itself in place of these pixels (which must show the same picture,
    /// at any size): the photo is printed as the campaign gave it, not compressed again.
    func embedAsJPEG(_ jpeg: [UInt8]) {
        // Cairo holds the surface (and so these bytes) until the PDF is finished, which may be after
        // this object is gone: the copy is Cairo's to free.
        guard let copy = malloc(max(1, jpeg.count)) else { return }
        jpeg.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: jpeg.count) }
        let status = cairo_surface_set_mime_data(
            surface, CAIRO_MIME_TYPE_JPEG, copy.assumingMemoryBound(to: UInt8.self), UInt(jpeg.count), free, copy)
        if status != CAIRO_STATUS_SUCCESS { free(copy) }
    }

    /// Draws the pixels into the rectangle at `x`, `y`, `width` by `height`, on `cairo`, turned by the
    /// camera's `orientation` (EXIF, 1 to 8) when the pixels are stored as the camera wrote them.
    func draw(
        on cairo: OpaquePointer, x: Double, y: Double, width boxWidth: Double, height boxHeight: Double,
        orientation: Int = 1
    ) {
        cairo_save(cairo)
        cairo_translate(cairo, x, y)
        cairo_scale(cairo, boxWidth, boxHeight)
        var turn = Self.orientationMatrix(orientation)
        cairo_transform(cairo, &turn)
        cairo_scale(cairo, 1 / Double(width), 1 / Double(height))
        cairo_set_source_surface(cairo, surface, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cairo), CAIRO_FILTER_GOOD)
        cairo_rectangle(cairo, 0, 0, Double(width), Double(height))
        cairo_fill(cairo)
        cairo_restore(cairo)
    }

    /// How a point of the stored picture (in a unit square) moves to where it is shown, for each EXIF
    /// orientation: 6 is a quarter turn clockwise, 8 counter-clockwise, 3 a half turn, and 2, 4, 5, 7
    /// the mirrored ones.
    static func orientationMatrix(_ orientation: Int) -> cairo_matrix_t {
        // (xx, yx, xy, yy, x0, y0): x' = xx·x + xy·y + x0, y' = yx·x + yy·y + y0.
        switch orientation {
        case 2: cairo_matrix_t(xx: -1, yx: 0, xy: 0, yy: 1, x0: 1, y0: 0)
        case 3: cairo_matrix_t(xx: -1, yx: 0, xy: 0, yy: -1, x0: 1, y0: 1)
        case 4: cairo_matrix_t(xx: 1, yx: 0, xy: 0, yy: -1, x0: 0, y0: 1)
        case 5: cairo_matrix_t(xx: 0, yx: 1, xy: 1, yy: 0, x0: 0, y0: 0)
        case 6: cairo_matrix_t(xx: 0, yx: 1, xy: -1, yy: 0, x0: 1, y0: 0)
        case 7: cairo_matrix_t(xx: 0, yx: -1, xy: -1, yy: 0, x0: 1, y0: 1)
        case 8: cairo_matrix_t(xx: 0, yx: -1, xy: 1, yy: 0, x0: 0, y0: 1)
        default: cairo_matrix_t(xx: 1, yx: 0, xy: 0, yy: 1, x0: 0, y0: 0)
        }
    }
}
