import CCairo
import CPNGWriter
import Foundation
import Geometry

/// A Cairo surface owned by Swift: created with its status checked, destroyed in `deinit`.
final class CairoSurface {
    let handle: OpaquePointer
    let path: String

    init(pdfAt url: URL, size: Size, target: URL) throws {
        handle = cairo_pdf_surface_create(url.path, size.width.points, size.height.points)
        path = target.path
        try check(cairo_surface_status(handle))
    }

    init(svgAt url: URL, size: Size, target: URL) throws {
        handle = cairo_svg_surface_create(url.path, size.width.points, size.height.points)
        path = target.path
        cairo_svg_surface_restrict_to_version(handle, CAIRO_SVG_VERSION_1_1)
        try check(cairo_surface_status(handle))
    }

    /// An image surface; `target` names the file in errors (the user's path, not the temporary file).
    init(imageWidth: Int32, height: Int32, target: URL) throws {
        handle = cairo_image_surface_create(CAIRO_FORMAT_RGB24, imageWidth, height)
        path = target.path
        try check(cairo_surface_status(handle))
    }

    deinit { cairo_surface_destroy(handle) }

    func check(_ status: cairo_status_t) throws {
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError.cairo(path: path, status: String(cString: cairo_status_to_string(status)))
        }
    }

    /// Finishes the surface; Cairo reports an unwritable target or a full disk only now.
    func finish() throws {
        cairo_surface_finish(handle)
        try check(cairo_surface_status(handle))
    }

    /// Writes the image as PNG with its resolution recorded, so it opens at its physical size.
    ///
    /// Cairo's own PNG writer records no resolution and always compresses hard; libpng, called
    /// directly, writes a pHYs chunk and uses a faster compression level. `monochrome` writes 1-bit grayscale for thermal printers.
    func writePNG(to url: URL, dpi: Double, monochrome: Bool = false) throws {
        cairo_surface_flush(handle)
        guard let data = cairo_image_surface_get_data(handle) else {
            throw RenderError.cairo(path: path, status: "no image data")
        }
        var message = [CChar](repeating: 0, count: 256)
        let write = monochrome ? leadprint_write_png_gray1 : leadprint_write_png_rgb24
        let status = write(
            url.path, data, cairo_image_surface_get_width(handle), cairo_image_surface_get_height(handle),
            cairo_image_surface_get_stride(handle), dpi, 3, &message, message.count)
        guard status == 0 else {
            throw RenderError.cannotWrite(path: path, reason: String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
    }
}
