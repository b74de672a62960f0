import CPangoCairo

/// `share.png`: the picture a social network or a chat app shows beside a link to the site (Open
/// Graph's `og:image`), 1200 × 630 pixels: the candidate's portrait on the left when there is one, the
/// name, the office and the tagline beside it, and the site's address over a band of the site's accent.
enum ShareCard {
    static let fileName = "share.png"
    static let width = 1200
    static let height = 630
    /// The site's accent (`--accent` in the stylesheet's light scheme).
    static let accent = (red: 11.0 / 255, green: 79.0 / 255, blue: 156.0 / 255)

    /// The card as PNG; nil when Cairo failed.
    /// For a right-to-left language (`rightToLeft`) the card is mirrored: the portrait on the right, the
    /// words flush right.
    static func png(
        candidate: String, office: String, tagline: String, address: String?, photo: Picture?, rightToLeft: Bool = false
    ) -> [UInt8]? {
        guard let image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else {
            return nil
        }
        defer { cairo_surface_destroy(image) }
        let cairo = cairo_create(image)!
        defer { cairo_destroy(cairo) }
        let context = pango_cairo_create_context(cairo)!
        defer { g_object_unref(UnsafeMutableRawPointer(context)) }
        // One Pango point is one pixel of the card.
        pango_cairo_context_set_resolution(context, 72)
        if rightToLeft { pango_context_set_base_dir(context, PANGO_DIRECTION_RTL) }
        cairo_set_source_rgb(cairo, 1, 1, 1)
        cairo_paint(cairo)
        let band = 18.0
        cairo_set_source_rgb(cairo, accent.red, accent.green, accent.blue)
        cairo_rectangle(cairo, 0, Double(height) - band, Double(width), band)
        cairo_fill(cairo)
        var textLeft = 80.0
        var textRight = Double(width) - 80
        if let photo {
            // The portrait fills a column the card's height, cut to it from the middle (a face is
            // rarely at a photo's edge).
            let column = Double(height - Int(band)) * 0.8
            let boxHeight = Double(height) - band
            let scale = max(column / Double(photo.pixels.width), boxHeight / Double(photo.pixels.height))
            let shownWidth = Double(photo.pixels.width) * scale
            let shownHeight = Double(photo.pixels.height) * scale
            let surface = PixelSurface(
                PictureCodec.scaled(
                    photo.pixels, width: max(1, Int(shownWidth.rounded())), height: max(1, Int(shownHeight.rounded()))))
            let columnLeft = rightToLeft ? Double(width) - column : 0
            cairo_save(cairo)
            cairo_rectangle(cairo, columnLeft, 0, column, boxHeight)
            cairo_clip(cairo)
            surface.draw(
                on: cairo, x: columnLeft + (column - shownWidth) / 2, y: (boxHeight - shownHeight) * 0.3,
                width: shownWidth, height: shownHeight)
            cairo_restore(cairo)
            textLeft = rightToLeft ? 80 : column + 64
            textRight = rightToLeft ? Double(width) - column - 64 : Double(width) - 64
        }
        let textWidth = textRight - textLeft
        let family = "DejaVu Sans"
        var lines: [(TextBox, (Double, Double, Double))] = []
        // The name as large as fits two lines.
        var nameSize = 76.0
        var name = TextBox(
            context: context, markup: PangoText.escape(candidate), font: "\(family) Bold \(nameSize)", width: textWidth)
        while name.lineCount > 2 && nameSize > 36 {
            nameSize -= 4
            name = TextBox(
                context: context, markup: PangoText.escape(candidate), font: "\(family) Bold \(nameSize)",
                width: textWidth)
        }
        lines.append((name, (0.1, 0.1, 0.12)))
        lines.append(
            (
                TextBox(context: context, markup: PangoText.escape(office), font: "\(family) 34", width: textWidth),
                (0.29, 0.29, 0.33)
            ))
        let taglineBox = TextBox(
            context: context, markup: PangoText.escape(tagline), font: "\(family) 30", width: textWidth,
            lineSpacing: 1.1)
        taglineBox.limitLines(4)
        lines.append((taglineBox, (0.1, 0.1, 0.12)))
        if let address {
            lines.append(
                (
                    TextBox(
                        context: context, markup: PangoText.escape(address), font: "\(family) Bold 28", width: textWidth
                    ),
                    accent
                ))
        }
        let gap = 22.0
        let total = lines.map(\.0.height).reduce(0, +) + gap * Double(lines.count - 1)
        var y = max(40, (Double(height) - band - total) / 2)
        for (box, colour) in lines {
            if rightToLeft { box.setRightToLeft() }
            cairo_set_source_rgb(cairo, colour.0, colour.1, colour.2)
            cairo_move_to(cairo, textLeft, y)
            pango_cairo_show_layout(cairo, box.layout)
            y += box.height + gap
        }
        return ByteSink.png(of: image)
    }
}
