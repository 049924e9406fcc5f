import CCairo
import Foundation
import DisplayList
import Geometry
import Images

/// Draws an image item: an SVG as vector paths through librsvg, a PNG as its own pixels scaled into the box.
enum ImageDrawing {
    /// Draws `image` into `cr`; the same calls serve PDF, PNG and SVG surfaces.
    static func draw(_ image: Image, into cr: OpaquePointer) throws {
        let rect = image.rect
        guard rect.width.points > 0, rect.height.points > 0 else { return }
        cairo_save(cr)
        defer { cairo_restore(cr) }
        switch image.source.kind {
        case .svg:
            do { try SVGDocument(data: image.source.data).draw(into: cr, in: rect) } catch {
                throw RenderError.image(reason: error.description)
            }
        case .png:
            let decoded: PNGDecoder
            do { decoded = try PNGDecoder(data: image.source.data) } catch { throw RenderError.image(reason: error.description) }
            identify(decoded.surface, by: image.source.data)
            cairo_translate(cr, rect.minX.points, rect.minY.points)
            // One scale maps the picture's pixels onto the box; the pixels themselves go into the file unchanged.
            cairo_scale(cr, rect.width.points / Double(decoded.width), rect.height.points / Double(decoded.height))
            cairo_set_source_surface(cr, decoded.surface, 0, 0)
            cairo_rectangle(cr, 0, 0, Double(decoded.width), Double(decoded.height))
            cairo_fill(cr)
        }
    }

    /// Tags a decoded picture with an id taken from its bytes, so a PDF embeds a logo repeated on every page only once.
    private static func identify(_ surface: OpaquePointer, by data: Data) {
        // FNV-1a, 64-bit: stable across runs, so output stays byte-identical.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in data { hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01B3 }
        let id = Array("leadprint-png-\(String(hash, radix: 16))-\(data.count)".utf8)
        // Cairo keeps the pointer until it calls `free` on it, after the surface is gone.
        let copy = malloc(id.count)!.assumingMemoryBound(to: UInt8.self)
        copy.initialize(from: id, count: id.count)
        cairo_surface_set_mime_data(surface, CAIRO_MIME_TYPE_UNIQUE_ID, copy, UInt(id.count), free, copy)
    }
}
