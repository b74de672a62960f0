import CPangoCairo

/// A laid-out paragraph, measured.
final class TextBox {
    let layout: OpaquePointer

    /// A paragraph of Pango markup set in `font` (such as "DejaVu Serif Bold 11"), `width` points wide,
    /// laid out in `context`.
    init(context: OpaquePointer, markup: String, font: String, width: Double, lineSpacing: Double = 1.0) {
        layout = pango_layout_new(context)!
        let description = pango_font_description_from_string(font)
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE)))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_line_spacing(layout, Float(lineSpacing))
        pango_layout_set_markup(layout, markup, -1)
        pango_layout_context_changed(layout)
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

extension TextBox {
    /// Sets every paragraph right to left and flush right, whatever script it starts with (a Latin name
    /// on an Arabic card).
    func setRightToLeft() {
        pango_layout_set_auto_dir(layout, 0)
        pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        pango_layout_context_changed(layout)
    }

    /// How many lines the text takes.
    var lineCount: Int { Int(pango_layout_get_line_count(layout)) }

    /// Keeps at most `lines` lines, ending the last with an ellipsis.
    func limitLines(_ lines: Int) {
        pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
        pango_layout_set_height(layout, Int32(-lines))
    }
}
