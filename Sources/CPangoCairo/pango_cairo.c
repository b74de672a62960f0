#include "CPangoCairo.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#ifdef BROADSIDE_CHECK_DECLARATIONS
// The values CPangoCairo.h gives when it does not include the libraries' headers.
_Static_assert(PANGO_SCALE == 1024, "PANGO_SCALE");
_Static_assert(PANGO_WRAP_WORD_CHAR == 2, "PANGO_WRAP_WORD_CHAR");
_Static_assert(CAIRO_STATUS_SUCCESS == 0 && CAIRO_STATUS_WRITE_ERROR == 11, "cairo_status_t");
_Static_assert(CAIRO_PDF_METADATA_TITLE == 0 && CAIRO_PDF_METADATA_MOD_DATE == 6, "cairo_pdf_metadata_t");
_Static_assert(sizeof(PangoRectangle) == 4 * sizeof(int) && offsetof(PangoRectangle, height) == 3 * sizeof(int),
    "PangoRectangle");
#endif

// Every function used, as (return type, name, parameters, arguments). The dynamic linker finds Cairo's
// and GObject's functions through libpangocairo, which depends on both.
#define RETURNING(F)                                                                                          \
    F(PangoFontMap *, pango_cairo_font_map_get_default, (void), ())                                         \
    F(PangoContext *, pango_font_map_create_context, (PangoFontMap * fontmap), (fontmap))                    \
    F(PangoFont *, pango_font_map_load_font,                                                                 \
        (PangoFontMap * fontmap, PangoContext * context, const PangoFontDescription *desc),                  \
        (fontmap, context, desc))                                                                            \
    F(PangoFontDescription *, pango_font_describe, (PangoFont * font), (font))                               \
    F(PangoFontDescription *, pango_font_description_from_string, (const char *str), (str))                  \
    F(const char *, pango_font_description_get_family, (const PangoFontDescription *desc), (desc))           \
    F(PangoLayout *, pango_layout_new, (PangoContext * context), (context))                                  \
    F(cairo_surface_t *, cairo_pdf_surface_create_for_stream,                                                \
        (cairo_write_func_t write_func, void *closure, double width_in_points, double height_in_points),     \
        (write_func, closure, width_in_points, height_in_points))                                            \
    F(cairo_t *, cairo_create, (cairo_surface_t * target), (target))                                         \
    F(cairo_status_t, cairo_surface_status, (cairo_surface_t * surface), (surface))

#define VOID(F)                                                                                               \
    F(pango_cairo_context_set_resolution, (PangoContext * context, double dpi), (context, dpi))              \
    F(pango_cairo_update_context, (cairo_t * cr, PangoContext * context), (cr, context))                     \
    F(pango_cairo_show_layout, (cairo_t * cr, PangoLayout * layout), (cr, layout))                           \
    F(pango_font_description_free, (PangoFontDescription * desc), (desc))                                    \
    F(pango_layout_set_font_description, (PangoLayout * layout, const PangoFontDescription *desc),           \
        (layout, desc))                                                                                      \
    F(pango_layout_set_width, (PangoLayout * layout, int width), (layout, width))                            \
    F(pango_layout_set_wrap, (PangoLayout * layout, PangoWrapMode wrap), (layout, wrap))                     \
    F(pango_layout_set_line_spacing, (PangoLayout * layout, float factor), (layout, factor))                 \
    F(pango_layout_set_markup, (PangoLayout * layout, const char *markup, int length), (layout, markup, length)) \
    F(pango_layout_context_changed, (PangoLayout * layout), (layout))                                        \
    F(pango_layout_get_extents, (PangoLayout * layout, PangoRectangle * ink_rect, PangoRectangle * logical_rect), \
        (layout, ink_rect, logical_rect))                                                                    \
    F(g_object_unref, (gpointer object), (object))                                                           \
    F(cairo_pdf_surface_set_metadata, (cairo_surface_t * surface, cairo_pdf_metadata_t metadata, const char *utf8), \
        (surface, metadata, utf8))                                                                           \
    F(cairo_destroy, (cairo_t * cr), (cr))                                                                   \
    F(cairo_surface_destroy, (cairo_surface_t * surface), (surface))                                         \
    F(cairo_surface_finish, (cairo_surface_t * surface), (surface))                                          \
    F(cairo_move_to, (cairo_t * cr, double x, double y), (cr, x, y))                                         \
    F(cairo_set_source_rgb, (cairo_t * cr, double red, double green, double blue), (cr, red, green, blue))   \
    F(cairo_rectangle, (cairo_t * cr, double x, double y, double width, double height), (cr, x, y, width, height)) \
    F(cairo_fill, (cairo_t * cr), (cr))                                                                      \
    F(cairo_show_page, (cairo_t * cr), (cr))

#define LIBRARY "libpangocairo-1.0.so.0"

// The library's functions, found once by `load`.
static struct {
#define POINTER_RETURNING(type, name, parameters, arguments) type(*name) parameters;
#define POINTER_VOID(name, parameters, arguments) void(*name) parameters;
    RETURNING(POINTER_RETURNING)
    VOID(POINTER_VOID)
} found;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char error[512];
static bool loaded;

static void load(void) {
    // Kept for the life of the process: Pango's font map and fontconfig's cache live in it.
    void *library = dlopen(LIBRARY, RTLD_LAZY | RTLD_LOCAL);
    if (!library) {
        snprintf(error, sizeof error, "%s", dlerror());
        return;
    }
#define FIND(name)                                                                                            \
    *(void **)&found.name = dlsym(library, #name);                                                           \
    if (!found.name) {                                                                                       \
        snprintf(error, sizeof error, "%s has no function %s", LIBRARY, #name);                              \
        return;                                                                                              \
    }
#define FIND_RETURNING(type, name, parameters, arguments) FIND(name)
#define FIND_VOID(name, parameters, arguments) FIND(name)
    RETURNING(FIND_RETURNING)
    VOID(FIND_VOID)
    loaded = true;
}

bool broadside_pango_cairo_load(void) {
    pthread_once(&once, load);
    return loaded;
}

const char *broadside_pango_cairo_error(void) {
    pthread_once(&once, load);
    return loaded ? NULL : error;
}

static void require(void) {
    if (!broadside_pango_cairo_load()) {
        fprintf(stderr, "broadside: Pango and Cairo are needed and could not be loaded: %s\n", error);
        abort();
    }
}

#define DEFINE_RETURNING(type, name, parameters, arguments)                                                   \
    type name parameters {                                                                                   \
        require();                                                                                           \
        return found.name arguments;                                                                         \
    }
#define DEFINE_VOID(name, parameters, arguments)                                                              \
    void name parameters {                                                                                   \
        require();                                                                                           \
        found.name arguments;                                                                                \
    }
RETURNING(DEFINE_RETURNING)
VOID(DEFINE_VOID)
