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

extension CairoSurface {
    /// Writes the image as a 1-bit grayscale PNG with its resolution recorded.
    func writeMonochromePNG(to url: URL, dpi: Double) throws {
        cairo_surface_flush(handle)
        guard let data = cairo_image_surface_get_data(handle) else {
            throw RenderError.cairo(path: path, status: "no image data")
        }
        var message = [CChar](repeating: 0, count: 256)
        let status = leadprint_write_png_gray1(
            url.path, data, cairo_image_surface_get_width(handle), cairo_image_surface_get_height(handle),
            cairo_image_surface_get_stride(handle), dpi, 3, &message, message.count)
        guard status == 0 else {
            throw RenderError.cannotWrite(path: path, reason: String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
    }
}
