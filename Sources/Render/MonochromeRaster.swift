import CCairo
import CPNGWriter
import Foundation

/// Rasterising for 1-bit thermal printers: no anti-aliasing for shapes or glyphs, so a pixel (a printer dot) is inked or not.
enum MonochromeRaster {
    /// Turns anti-aliasing off on a context, for shapes and for text.
    static func prepare(_ cr: OpaquePointer) {
        cairo_set_antialias(cr, CAIRO_ANTIALIAS_NONE)
        let options = cairo_font_options_create()
        cairo_get_font_options(cr, options)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_NONE)
        cairo_set_font_options(cr, options)
        cairo_font_options_destroy(options)
    }
}
