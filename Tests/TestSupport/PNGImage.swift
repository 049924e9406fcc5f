import CCairo
import Foundation
import Geometry

/// A PNG file decoded through Cairo, for sampling pixels in tests.
public final class PNGImage {
    private let surface: OpaquePointer
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int

    /// Loads a PNG; nil when it cannot be read.
    public init?(_ url: URL) {
        let surface = cairo_image_surface_create_from_png(url.path)!
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            return nil
        }
        self.surface = surface
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
    }

    deinit { cairo_surface_destroy(surface) }

    /// The colour of one pixel.
    public func pixel(x: Int, y: Int) -> RGBColor {
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        let p = data + y * stride + x * 4
        // Cairo stores native-endian 0xAARRGGBB words: blue first on little-endian machines.
        return RGBColor(red: p[2], green: p[1], blue: p[0])
    }

    /// The colour at a page position in points, for an image rendered at `dpi`.
    public func pixel(at point: Point, dpi: Double) -> RGBColor {
        pixel(x: Int(point.x.points * dpi / 72), y: Int(point.y.points * dpi / 72))
    }
}
