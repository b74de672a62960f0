import CPangoCairo

/// Where Cairo writes a file's bytes (a PDF as it is drawn, a PNG), in memory.
final class ByteSink {
    var bytes: [UInt8] = []

    /// Cairo's write callback, appending to the sink passed as its closure.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        return CAIRO_STATUS_SUCCESS
    }

    /// An image surface as a PNG file; nil when Cairo failed.
    static func png(of image: OpaquePointer) -> [UInt8]? {
        cairo_surface_flush(image)
        let sink = ByteSink()
        let status = withExtendedLifetime(sink) {
            cairo_surface_write_to_png_stream(image, write, Unmanaged.passUnretained(sink).toOpaque())
        }
        return status == CAIRO_STATUS_SUCCESS ? sink.bytes : nil
    }
}
