import CPangoCairo

/// A PDF being drawn in memory with Cairo, and the Pango context that lays out its text at 72 dpi (one
/// Pango point is one PDF point; pango-cairo would otherwise assume 96 dpi and set text a third too big).
final class PDFCanvas {
    /// Where Cairo's PDF writer puts its bytes.
    private final class ByteSink {
        var bytes: [UInt8] = []

        /// Cairo's write callback, appending to the sink passed as its closure.
        static let write: cairo_write_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }
    }

    private let sink = ByteSink()
    let surface: OpaquePointer
    private let pdfCairo: OpaquePointer
    /// Where `draw` and `bar` draw: the PDF, or for a moment the picture `picture(scale:_:)` makes.
    private var cairo: OpaquePointer
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    let width: Double
    let height: Double

    init(width: Double, height: Double, title: String, author: String, creationDate: String) {
        self.width = width
        self.height = height
        surface = cairo_pdf_surface_create_for_stream(
            ByteSink.write, Unmanaged.passUnretained(sink).toOpaque(), width, height)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, author)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Broadside")
        // Cairo stamps the time of the build unless told otherwise, and ignores SOURCE_DATE_EPOCH.
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, creationDate)
        pdfCairo = cairo_create(surface)
        cairo = pdfCairo
        // Pango's default font map is one per thread (since Pango 1.32.6): fontconfig reads its
        // configuration and finds the fonts the first time a thread draws a flyer, and keeps them for
        // that thread's next one.
        fontMap = pango_cairo_font_map_get_default()!
        context = pango_font_map_create_context(fontMap)
        pango_cairo_context_set_resolution(context, 72)
        pango_cairo_update_context(cairo, context)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(context))
        cairo_destroy(pdfCairo)
        cairo_surface_destroy(surface)
    }

    /// The family fontconfig really gives for `family`: a missing font is silently replaced by another.
    func loadedFamily(_ family: String) -> String? {
        let description = pango_font_description_from_string(family)
        defer { pango_font_description_free(description) }
        guard let font = pango_font_map_load_font(fontMap, context, description) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(font)) }
        let loaded = pango_font_describe(font)
        defer { pango_font_description_free(loaded) }
        return pango_font_description_get_family(loaded).map { String(cString: $0) }
    }

    /// A paragraph of Pango markup set in `font` (such as "DejaVu Serif Bold 11"), `width` points wide.
    func layout(markup: String, font: String, width: Double, lineSpacing: Double = 1.0) -> TextBox {
        let layout = pango_layout_new(context)!
        let description = pango_font_description_from_string(font)
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE)))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_line_spacing(layout, Float(lineSpacing))
        pango_layout_set_markup(layout, markup, -1)
        pango_layout_context_changed(layout)
        return TextBox(layout: layout)
    }

    func draw(_ box: TextBox, x: Double, y: Double, color: (red: Double, green: Double, blue: Double)? = nil) {
        if let color { cairo_set_source_rgb(cairo, color.red, color.green, color.blue) }
        cairo_move_to(cairo, x, y)
        pango_cairo_show_layout(cairo, box.layout)
        if color != nil { cairo_set_source_rgb(cairo, 0, 0, 0) }
    }

    /// A filled rectangle.
    func fill(x: Double, y: Double, width: Double, height: Double, color: (red: Double, green: Double, blue: Double)) {
        cairo_set_source_rgb(cairo, color.red, color.green, color.blue)
        cairo_rectangle(cairo, x, y, width, height)
        cairo_fill(cairo)
        cairo_set_source_rgb(cairo, 0, 0, 0)
    }

    /// A rectangle's outline, `lineWidth` points wide, in black.
    func stroke(x: Double, y: Double, width: Double, height: Double, lineWidth: Double) {
        cairo_set_line_width(cairo, lineWidth)
        cairo_rectangle(cairo, x, y, width, height)
        cairo_stroke(cairo)
    }

    /// Marks what `draw` draws as one element of the PDF's structure (`H1`, `P`, `Link`, …), for screen
    /// readers and for links; only the PDF is tagged, never a picture.
    func tagged(_ name: String, attributes: String = "", _ draw: () -> Void) {
        cairo_tag_begin(cairo, name, attributes)
        draw()
        cairo_tag_end(cairo, name)
    }

    /// What `draw` draws, moved `x` points to the right.
    func shifted(x: Double, _ draw: () -> Void) {
        cairo_save(cairo)
        cairo_translate(cairo, x, 0)
        draw()
        cairo_restore(cairo)
    }

    /// A straight black line, `lineWidth` points wide.
    func line(from start: (x: Double, y: Double), to end: (x: Double, y: Double), lineWidth: Double) {
        cairo_set_line_width(cairo, lineWidth)
        cairo_move_to(cairo, start.x, start.y)
        cairo_line_to(cairo, end.x, end.y)
        cairo_stroke(cairo)
    }

    /// Ends a side; what is drawn next goes on a new one.
    func newPage() {
        cairo_show_page(cairo)
    }

    /// A vertical bar, for the left edge of a quote.
    func bar(x: Double, y: Double, height: Double, gray: Double) {
        cairo_set_source_rgb(cairo, gray, gray, gray)
        cairo_rectangle(cairo, x, y, 1.5, height)
        cairo_fill(cairo)
        cairo_set_source_rgb(cairo, 0, 0, 0)
    }

    /// The page as a PNG, `scale` pixels to the point on white: `draw` does again on a picture what it
    /// did on the PDF, with the same layouts. Nil when Cairo failed.
    func picture(scale: Double, _ draw: () -> Void) -> [UInt8]? {
        let image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width * scale), Int32(height * scale))
        defer { cairo_surface_destroy(image) }
        let pictureCairo = cairo_create(image)!
        defer { cairo_destroy(pictureCairo) }
        cairo_set_source_rgb(pictureCairo, 1, 1, 1)
        cairo_paint(pictureCairo)
        cairo_set_source_rgb(pictureCairo, 0, 0, 0)
        cairo_scale(pictureCairo, scale, scale)
        cairo = pictureCairo
        defer { cairo = pdfCairo }
        draw()
        cairo_surface_flush(image)
        let png = ByteSink()
        let status = withExtendedLifetime(png) {
            cairo_surface_write_to_png_stream(image, ByteSink.write, Unmanaged.passUnretained(png).toOpaque())
        }
        return status == CAIRO_STATUS_SUCCESS ? png.bytes : nil
    }

    /// Ends the document and returns its bytes, or nil when Cairo failed.
    func finish() -> [UInt8]? {
        cairo_show_page(cairo)
        cairo_surface_finish(surface)
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
        return sink.bytes
    }
}

/// A laid-out paragraph, measured.
final class TextBox {
    let layout: OpaquePointer

    init(layout: OpaquePointer) {
        self.layout = layout
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
    }

    /// The height of the laid-out text, in points.
    var height: Double {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return Double(logical.height) / Double(PANGO_SCALE)
    }

    /// How many characters no installed font could draw: they print as empty boxes.
    var unknownGlyphs: Int {
        Int(pango_layout_get_unknown_glyphs_count(layout))
    }

    var width: Double {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return Double(logical.width) / Double(PANGO_SCALE)
    }
}
