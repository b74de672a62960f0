// The part of Pango and Cairo that draws the flyer's PDF, declared here rather than taken from their
// headers, because Broadside loads the libraries itself (`broadside_pango_cairo_load`) instead of
// linking them: linked, they and the thirty libraries they bring were mapped and relocated at every
// start of `broadside`, on the one thread that runs then, before a byte of the source was read.
//
// The declarations are the libraries' own, word for word; `scripts/test` compiles pango_cairo.c with
// BROADSIDE_CHECK_DECLARATIONS against the installed headers, where any difference is an error.
#ifndef BROADSIDE_CPANGOCAIRO_H
#define BROADSIDE_CPANGOCAIRO_H

#include <stdbool.h>

#ifdef BROADSIDE_CHECK_DECLARATIONS
#include <cairo/cairo-pdf.h>
#include <pango/pangocairo.h>
#else
typedef void *gpointer;
typedef struct _PangoFontMap PangoFontMap;
typedef struct _PangoContext PangoContext;
typedef struct _PangoFont PangoFont;
typedef struct _PangoFontDescription PangoFontDescription;
typedef struct _PangoLayout PangoLayout;
typedef struct _PangoRectangle {
    int x;
    int y;
    int width;
    int height;
} PangoRectangle;
typedef enum { PANGO_WRAP_WORD, PANGO_WRAP_CHAR, PANGO_WRAP_WORD_CHAR } PangoWrapMode;
#define PANGO_SCALE 1024

typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;
// Cairo's first statuses, in its order (cairo.h); only these two are used.
typedef enum _cairo_status {
    CAIRO_STATUS_SUCCESS = 0,
    CAIRO_STATUS_WRITE_ERROR = 11,
} cairo_status_t;
typedef cairo_status_t (*cairo_write_func_t)(void *closure, const unsigned char *data, unsigned int length);
typedef enum _cairo_pdf_metadata {
    CAIRO_PDF_METADATA_TITLE,
    CAIRO_PDF_METADATA_AUTHOR,
    CAIRO_PDF_METADATA_SUBJECT,
    CAIRO_PDF_METADATA_KEYWORDS,
    CAIRO_PDF_METADATA_CREATOR,
    CAIRO_PDF_METADATA_CREATE_DATE,
    CAIRO_PDF_METADATA_MOD_DATE,
} cairo_pdf_metadata_t;
#endif

/// Loads libpangocairo (and with it Pango, Cairo and GObject) and finds every function below, once per
/// process; later calls wait for the first and return what it did. Returns false when a library or a
/// function is missing; `broadside_pango_cairo_error` then says which.
bool broadside_pango_cairo_load(void);
/// Why loading failed, or NULL.
const char *broadside_pango_cairo_error(void);

// Each of these loads the libraries first if that has not been done. Calling one after loading
// failed is a mistake in Broadside, and aborts.
PangoFontMap *pango_cairo_font_map_get_default(void);
PangoContext *pango_font_map_create_context(PangoFontMap *fontmap);
void pango_cairo_context_set_resolution(PangoContext *context, double dpi);
void pango_cairo_update_context(cairo_t *cr, PangoContext *context);
void pango_cairo_show_layout(cairo_t *cr, PangoLayout *layout);
PangoFont *pango_font_map_load_font(PangoFontMap *fontmap, PangoContext *context, const PangoFontDescription *desc);
PangoFontDescription *pango_font_describe(PangoFont *font);
PangoFontDescription *pango_font_description_from_string(const char *str);
void pango_font_description_free(PangoFontDescription *desc);
const char *pango_font_description_get_family(const PangoFontDescription *desc);
PangoLayout *pango_layout_new(PangoContext *context);
void pango_layout_set_font_description(PangoLayout *layout, const PangoFontDescription *desc);
void pango_layout_set_width(PangoLayout *layout, int width);
void pango_layout_set_wrap(PangoLayout *layout, PangoWrapMode wrap);
void pango_layout_set_line_spacing(PangoLayout *layout, float factor);
void pango_layout_set_markup(PangoLayout *layout, const char *markup, int length);
void pango_layout_context_changed(PangoLayout *layout);
void pango_layout_get_extents(PangoLayout *layout, PangoRectangle *ink_rect, PangoRectangle *logical_rect);
void g_object_unref(gpointer object);

cairo_surface_t *cairo_pdf_surface_create_for_stream(
    cairo_write_func_t write_func, void *closure, double width_in_points, double height_in_points);
void cairo_pdf_surface_set_metadata(cairo_surface_t *surface, cairo_pdf_metadata_t metadata, const char *utf8);
cairo_t *cairo_create(cairo_surface_t *target);
void cairo_destroy(cairo_t *cr);
void cairo_surface_destroy(cairo_surface_t *surface);
void cairo_surface_finish(cairo_surface_t *surface);
cairo_status_t cairo_surface_status(cairo_surface_t *surface);
void cairo_move_to(cairo_t *cr, double x, double y);
void cairo_set_source_rgb(cairo_t *cr, double red, double green, double blue);
void cairo_rectangle(cairo_t *cr, double x, double y, double width, double height);
void cairo_fill(cairo_t *cr);
void cairo_show_page(cairo_t *cr);

#endif
