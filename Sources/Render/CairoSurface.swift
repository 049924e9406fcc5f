import CCairo
import Foundation
import Geometry

/// A Cairo surface owned by Swift: created with its status checked, destroyed in `deinit`.
final class CairoSurface {
    let handle: OpaquePointer
    private let path: String

    init(pdfAt url: URL, size: Size, target: URL) throws {
        handle = cairo_pdf_surface_create(url.path, size.width.points, size.height.points)
        path = target.path
        try check(cairo_surface_status(handle))
    }

    init(svgAt url: URL, size: Size) throws {
        handle = cairo_svg_surface_create(url.path, size.width.points, size.height.points)
        path = url.path
        cairo_svg_surface_restrict_to_version(handle, CAIRO_SVG_VERSION_1_1)
        try check(cairo_surface_status(handle))
    }

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

    func writePNG(to url: URL) throws {
        try check(cairo_surface_write_to_png(handle, url.path))
    }
}
