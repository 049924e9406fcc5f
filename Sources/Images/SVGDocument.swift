import CCairo
import CRsvg
import DisplayList
import Foundation
import Geometry

/// An SVG parsed by librsvg from bytes alone: no base file, so nothing outside the bytes is ever loaded.
package final class SVGDocument {
    private let rsvg: UnsafeMutablePointer<RsvgHandle>

    /// CSS pixels per inch, which librsvg uses for SVG lengths without a unit.
    static let cssPixelsPerInch = 96.0

    /// Parses the bytes; fails with librsvg's message.
    package init(data: Data) throws(ImageError) {
        var error: UnsafeMutablePointer<GError>?
        let parsed: UnsafeMutablePointer<RsvgHandle>? = data.withUnsafeBytes { bytes in
            // The stream reads the bytes in place; they outlive it because the handle is built before this closure returns.
            let stream = g_memory_input_stream_new_from_data(bytes.baseAddress, gssize(bytes.count), nil)
            defer { leadprint_object_unref(stream) }
            // Flags NONE keeps librsvg's limits on size and nesting; UNLIMITED would let a crafted file take seconds and gigabytes.
            return rsvg_handle_new_from_stream_sync(stream, nil, RSVG_HANDLE_FLAGS_NONE, nil, &error)
        }
        guard let parsed else {
            let message = error.map { String(cString: $0.pointee.message).trimmingWhitespaceAndNewlines() } ?? "unknown error"
            if let error { leadprint_error_free(error) }
            throw .badSVG(message)
        }
        rsvg = parsed
        rsvg_handle_set_dpi(rsvg, Self.cssPixelsPerInch)
    }

    deinit { leadprint_object_unref(rsvg) }

    /// The document's own size in points: its width and height, else its viewBox taken as CSS pixels.
    package func intrinsicSize() throws(ImageError) -> Size {
        var width = 0.0, height = 0.0
        if rsvg_handle_get_intrinsic_size_in_pixels(rsvg, &width, &height) == 0 {
            // A viewBox-only SVG has no size in pixels; its viewBox gives the proportions.
            var hasViewBox: gboolean = 0
            var viewBox = RsvgRectangle()
            rsvg_handle_get_intrinsic_dimensions(rsvg, nil, nil, nil, nil, &hasViewBox, &viewBox)
            guard hasViewBox != 0 else { throw .noIntrinsicSize }
            width = viewBox.width; height = viewBox.height
        }
        guard width > 0, height > 0, width.isFinite, height.isFinite else { throw .noIntrinsicSize }
        let points = 72 / Self.cssPixelsPerInch
        return Size(width: .pt(width * points), height: .pt(height * points))
    }

    /// Draws the document as vector paths into `rect` of a Cairo context.
    package func draw(into cairo: OpaquePointer, in rect: Rect) throws(ImageError) {
        var viewport = RsvgRectangle(x: rect.minX.points, y: rect.minY.points, width: rect.width.points, height: rect.height.points)
        var error: UnsafeMutablePointer<GError>?
        guard rsvg_handle_render_document(rsvg, cairo, &viewport, &error) != 0 else {
            let message = error.map { String(cString: $0.pointee.message).trimmingWhitespaceAndNewlines() } ?? "unknown error"
            if let error { leadprint_error_free(error) }
            throw .badSVG(message)
        }
    }
}
