import CPangoCairo

/// A PDF being drawn in memory with Cairo, and the Pango context that lays out its text at 72 dpi (one
/// Pango point is one PDF point; pango-cairo would otherwise assume 96 dpi and set text a third too big).
final class PDFCanvas {
    private let sink = ByteSink()
    let surface: OpaquePointer
    private let pdfCairo: OpaquePointer
    /// Where `draw` and `bar` draw: the PDF, or for a moment the picture `picture(scale:_:)` makes.
    private var cairo: OpaquePointer
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    let width: Double
    let height: Double
    /// The pictures drawn so far, by path, so that each goes into the PDF once.
    private var pictureSurfaces: [String: (PixelSurface, orientation: Int)] = [:]

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
        TextBox(context: context, markup: markup, font: font, width: width, lineSpacing: lineSpacing)
    }

    func draw(_ box: TextBox, x: Double, y: Double, color: (red: Double, green: Double, blue: Double)? = nil) {
        if let color { cairo_set_source_rgb(cairo, color.red, color.green, color.blue) }
        cairo_move_to(cairo, x, y)
        pango_cairo_show_layout(cairo, box.layout)
        if color != nil { cairo_set_source_rgb(cairo, 0, 0, 0) }
    }

    /// A picture in the rectangle at `x`, `y`, `width` by `height`. A JPEG goes into the PDF as the
    /// file it is, turned by the PDF as the camera said; a PNG as its pixels, losslessly. Each picture
    /// is embedded once, however often it is drawn.
    func draw(_ picture: Picture, x: Double, y: Double, width: Double, height: Double) {
        let (surface, orientation) = pictureSurface(picture)
        surface.draw(on: cairo, x: x, y: y, width: width, height: height, orientation: orientation)
    }

    private func pictureSurface(_ picture: Picture) -> (PixelSurface, orientation: Int) {
        if let made = pictureSurfaces[picture.path] { return made }
        var made = (PixelSurface(picture.pixels), orientation: 1)
        if picture.format == .jpeg {
            if picture.orientation != 1,
                case .success(let stored) = PictureCodec.decode(
                    picture.bytes, as: .jpeg, longestSide: Picture.workingSide, upright: false)
            {
                made = (PixelSurface(stored.pixels), orientation: picture.orientation)
            }
            if picture.orientation == 1 || made.orientation != 1 { made.0.embedAsJPEG(picture.bytes) }
        }
        pictureSurfaces[picture.path] = made
        return made
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
        return image.flatMap(ByteSink.png)
    }

    /// Ends the document and returns its bytes, or nil when Cairo failed.
    func finish() -> [UInt8]? {
        cairo_show_page(cairo)
        cairo_surface_finish(surface)
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { return nil }
        return sink.bytes
    }
}
