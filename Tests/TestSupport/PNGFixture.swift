import CCairo
import Foundation
import Geometry

/// Small PNG files made for tests: every pixel's colour chosen by a function.
public enum PNGFixture {
    /// The bytes of a `width` x `height` PNG whose pixel (x, y) is `color(x, y)`.
    public static func data(width: Int, height: Int, color: (Int, Int) -> RGBColor) throws -> Data {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))!
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let pixels = cairo_image_surface_get_data(surface)!
        for y in 0..<height {
            for x in 0..<width {
                let c = color(x, y)
                let p = pixels + y * stride + x * 4
                p[0] = c.blue; p[1] = c.green; p[2] = c.red; p[3] = 255
            }
        }
        cairo_surface_mark_dirty(surface)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("leadprint-fixture-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: url) }  // our own temporary file
        guard cairo_surface_write_to_png(surface, url.path) == CAIRO_STATUS_SUCCESS else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        return try Data(contentsOf: url)
    }
}
