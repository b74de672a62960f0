import CGdkPixbuf
import Glibc

/// Reads, scales and writes pictures with gdk-pixbuf (which decodes PNG with libpng and JPEG with
/// libjpeg-turbo). Only the PNG and JPEG readers ever run: the format is settled from the file's first
/// bytes before any decoding, and the reader for it is asked for by name.
enum PictureCodec {
    enum Failure: Error, Equatable {
        /// The file says it is `width` by `height` pixels, more than `PictureLimits.mostPixels`.
        case tooManyPixels(width: Int, height: Int)
        /// The reader stopped: the file is cut short or damaged. The reader's own words.
        case unreadable(String)
    }

    /// What reading a picture gives: its pixels upright, no larger than asked, and what the file said.
    struct Decoded {
        var pixels: PixelImage
        /// The size the file gives, before any turning.
        var storedWidth: Int
        var storedHeight: Int
        /// EXIF orientation, 1 to 8.
        var orientation: Int
    }

    /// What the reader's `size-prepared` signal tells, and what to do about it.
    private final class SizeCheck {
        let longestSide: Int
        var width = 0
        var height = 0
        var tooLarge = false
        var known: Bool { width > 0 }

        init(longestSide: Int) {
            self.longestSide = longestSide
        }
    }

    private static let sizePrepared:
        @convention(c) (UnsafeMutablePointer<GdkPixbufLoader>?, Int32, Int32, UnsafeMutableRawPointer?) -> Void = {
            loader, width, height, data in
            guard let data else { return }
            let check = Unmanaged<SizeCheck>.fromOpaque(data).takeUnretainedValue()
            check.width = Int(width)
            check.height = Int(height)
            if !PictureLimits.allows(width: Int(width), height: Int(height)) {
                // Decode nothing: the file is left unread from here on.
                check.tooLarge = true
                gdk_pixbuf_loader_set_size(loader, 1, 1)
                return
            }
            let longest = max(Int(width), Int(height))
            if longest > check.longestSide {
                let scale = Double(check.longestSide) / Double(longest)
                gdk_pixbuf_loader_set_size(
                    loader, Int32(max(1, (Double(width) * scale).rounded())),
                    Int32(max(1, (Double(height) * scale).rounded())))
            }
        }

    /// Decodes `bytes` as `format`, scaled so that neither side of the stored picture passes
    /// `longestSide`, then turned upright (unless `upright` is false: the PDF turns a JPEG it embeds
    /// as it is). The size is checked against the limits from the file's header, before its pixels
    /// are read: a small file that claims a huge picture is never unpacked.
    static func decode(_ bytes: [UInt8], as format: Picture.Format, longestSide: Int, upright: Bool = true)
        -> Result<Decoded, Failure>
    {
        var error: UnsafeMutablePointer<GError>?
        guard let loader = gdk_pixbuf_loader_new_with_type(format == .png ? "png" : "jpeg", &error) else {
            return .failure(.unreadable(takeMessage(&error)))
        }
        defer { g_object_unref(UnsafeMutableRawPointer(loader)) }
        let check = SizeCheck(longestSide: longestSide)
        let result: Result<Decoded, Failure> = withExtendedLifetime(check) {
            g_signal_connect_data(
                UnsafeMutableRawPointer(loader), "size-prepared", unsafeBitCast(sizePrepared, to: GCallback.self),
                Unmanaged.passUnretained(check).toOpaque(), nil, GConnectFlags(rawValue: 0))
            let fed = bytes.withUnsafeBufferPointer { buffer -> Bool in
                // Small pieces until the header has told the size, then the rest at once.
                var offset = 0
                while offset < buffer.count {
                    let piece = check.known ? buffer.count - offset : min(4096, buffer.count - offset)
                    guard gdk_pixbuf_loader_write(loader, buffer.baseAddress! + offset, gsize(piece), &error) != 0
                    else { return false }
                    offset += piece
                    if check.tooLarge { return false }
                }
                return true
            }
            if check.tooLarge {
                if let error { g_error_free(error) }
                error = nil
                gdk_pixbuf_loader_close(loader, nil)
                return .failure(.tooManyPixels(width: check.width, height: check.height))
            }
            guard fed else {
                gdk_pixbuf_loader_close(loader, nil)
                return .failure(.unreadable(takeMessage(&error)))
            }
            guard gdk_pixbuf_loader_close(loader, &error) != 0, let stored = gdk_pixbuf_loader_get_pixbuf(loader)
            else {
                return .failure(.unreadable(takeMessage(&error)))
            }
            let orientation = gdk_pixbuf_get_option(stored, "orientation").flatMap { Int(String(cString: $0)) } ?? 1
            guard
                let shown = upright
                    ? gdk_pixbuf_apply_embedded_orientation(stored)
                    : OpaquePointer(g_object_ref(UnsafeMutableRawPointer(stored)))
            else {
                return .failure(.unreadable("the picture could not be turned upright"))
            }
            defer { g_object_unref(UnsafeMutableRawPointer(shown)) }
            return .success(
                Decoded(
                    pixels: pixels(of: shown), storedWidth: check.width, storedHeight: check.height,
                    orientation: (1...8).contains(orientation) ? orientation : 1))
        }
        return result
    }

    /// `image` scaled to `width` by `height` pixels, with gdk-pixbuf's area filter (each pixel the mean of what it covers).
    static func scaled(_ image: PixelImage, width: Int, height: Int) -> PixelImage {
        guard width != image.width || height != image.height else { return image }
        return withPixbuf(image) { pixbuf in
            guard let scaled = gdk_pixbuf_scale_simple(pixbuf, Int32(width), Int32(height), GDK_INTERP_BILINEAR) else {
                return image
            }
            defer { g_object_unref(UnsafeMutableRawPointer(scaled)) }
            return pixels(of: scaled)
        }
    }

    /// `image` written as a file of `format`: JPEG at a quality that keeps photos clean, PNG lossless.
    /// The copy carries no metadata (no camera details, no place a photo was taken).
    static func encoded(_ image: PixelImage, as format: Picture.Format) -> [UInt8]? {
        withPixbuf(image) { pixbuf in
            var buffer: UnsafeMutablePointer<gchar>?
            var size: gsize = 0
            var error: UnsafeMutablePointer<GError>?
            let saved: gboolean
            switch format {
            case .jpeg:
                var keys: [UnsafeMutablePointer<CChar>?] = [strdup("quality"), nil]
                var values: [UnsafeMutablePointer<CChar>?] = [strdup("85"), nil]
                defer {
                    free(keys[0])
                    free(values[0])
                }
                saved = gdk_pixbuf_save_to_bufferv(pixbuf, &buffer, &size, "jpeg", &keys, &values, &error)
            case .png:
                saved = gdk_pixbuf_save_to_bufferv(pixbuf, &buffer, &size, "png", nil, nil, &error)
            }
            if let error { g_error_free(error) }
            guard saved != 0, let buffer else { return nil }
            defer { g_free(buffer) }
            return buffer.withMemoryRebound(to: UInt8.self, capacity: Int(size)) {
                Array(UnsafeBufferPointer(start: $0, count: Int(size)))
            }
        }
    }

    /// A JPEG holds no alpha: a picture with transparency is put on white first.
    private static func withPixbuf<T>(_ image: PixelImage, _ body: (OpaquePointer) -> T) -> T {
        var rgba = image.rgba
        return rgba.withUnsafeMutableBufferPointer { buffer in
            let pixbuf = gdk_pixbuf_new_from_data(
                buffer.baseAddress, GDK_COLORSPACE_RGB, 1, 8, Int32(image.width),
                Int32(image.height), Int32(image.width * 4), nil, nil)!
            defer { g_object_unref(UnsafeMutableRawPointer(pixbuf)) }
            return body(pixbuf)
        }
    }

    /// The pixbuf's pixels as rows of RGBA.
    private static func pixels(of pixbuf: OpaquePointer) -> PixelImage {
        let width = Int(gdk_pixbuf_get_width(pixbuf))
        let height = Int(gdk_pixbuf_get_height(pixbuf))
        let channels = Int(gdk_pixbuf_get_n_channels(pixbuf))
        let rowBytes = Int(gdk_pixbuf_get_rowstride(pixbuf))
        let source = gdk_pixbuf_read_pixels(pixbuf)!
        var hasAlpha = false
        let rgba = [UInt8](unsafeUninitializedCapacity: width * height * 4) { output, count in
            for row in 0..<height {
                let line = source + row * rowBytes
                var out = row * width * 4
                if channels == 4 {
                    (output.baseAddress! + out).update(from: line, count: width * 4)
                    var alpha = 3
                    while alpha < width * 4 {
                        if line[alpha] != 255 { hasAlpha = true }
                        alpha += 4
                    }
                } else {
                    for column in 0..<width {
                        let pixel = line + column * channels
                        output[out] = pixel[0]
                        output[out + 1] = pixel[1]
                        output[out + 2] = pixel[2]
                        output[out + 3] = 255
                        out += 4
                    }
                }
            }
            count = width * height * 4
        }
        return PixelImage(width: width, height: height, rgba: rgba, hasAlpha: hasAlpha)
    }

    /// The message of a GError, freed.
    private static func takeMessage(_ error: inout UnsafeMutablePointer<GError>?) -> String {
        guard let current = error else { return "the reader gave no reason" }
        defer {
            g_error_free(current)
            error = nil
        }
        return current.pointee.message.map { String(cString: $0) } ?? "the reader gave no reason"
    }
}

/// How large a picture may be: files past these are refused, whatever they hold.
enum PictureLimits {
    /// The largest file, in bytes.
    static let mostBytes = 20 << 20
    /// The most pixels, width times height.
    static let mostPixels = 50_000_000
    /// The longest side, in pixels (a 1 × 50,000,000 strip is no picture either).
    static let longestSide = 30_000

    static func allows(width: Int, height: Int) -> Bool {
        width > 0 && height > 0 && width <= longestSide && height <= longestSide && width * height <= mostPixels
    }
}
