import CCairo
import CRsvg
import DisplayList
import Foundation
import Geometry

/// An SVG parsed by librsvg from bytes alone: no base file, so nothing outside the bytes is ever loaded.
package final class SVGDocument {
    private let library: Rsvg
    private let rsvg: OpaquePointer

    /// CSS pixels per inch, which librsvg uses for SVG lengths without a unit.
    static let cssPixelsPerInch = 96.0

    /// Parses the bytes; fails with librsvg's message, or naming librsvg when it is not installed.
    package init(data: Data) throws(ImageError) {
        let library = try Rsvg.library()
        var error: UnsafeMutablePointer<LeadprintGError>?
        let parsed: OpaquePointer? = data.withUnsafeBytes { bytes in
            // The stream reads the bytes in place; they outlive it because the handle is built before this closure returns.
            let stream = library.memoryInputStream(bytes.baseAddress, bytes.count, nil)
            defer { library.objectUnref(stream) }
            // Flags NONE keeps librsvg's limits on size and nesting; UNLIMITED would let a crafted file take seconds and gigabytes.
            return library.newFromStream(stream, nil, Int32(LEADPRINT_RSVG_HANDLE_FLAGS_NONE), nil, &error)
        }
        guard let parsed else { throw .badSVG(library.consume(error)) }
        self.library = library
        rsvg = parsed
        library.setDPI(rsvg, Self.cssPixelsPerInch)
    }

    deinit { library.objectUnref(rsvg) }

    /// The document's own size in points: its width and height, else its viewBox taken as CSS pixels.
    package func intrinsicSize() throws(ImageError) -> Size {
        var width = 0.0, height = 0.0
        if library.intrinsicSizeInPixels(rsvg, &width, &height) == 0 {
            // A viewBox-only SVG has no size in pixels; its viewBox gives the proportions.
            var hasViewBox: Int32 = 0
            var viewBox = LeadprintRsvgRectangle()
            library.intrinsicDimensions(rsvg, nil, nil, nil, nil, &hasViewBox, &viewBox)
            guard hasViewBox != 0 else { throw .noIntrinsicSize }
            width = viewBox.width; height = viewBox.height
        }
        guard width > 0, height > 0, width.isFinite, height.isFinite else { throw .noIntrinsicSize }
        let points = 72 / Self.cssPixelsPerInch
        return Size(width: .pt(width * points), height: .pt(height * points))
    }

    /// Draws the document as vector paths into `rect` of a Cairo context.
    package func draw(into cairo: OpaquePointer, in rect: Rect) throws(ImageError) {
        var viewport = LeadprintRsvgRectangle(x: rect.minX.points, y: rect.minY.points, width: rect.width.points, height: rect.height.points)
        var error: UnsafeMutablePointer<LeadprintGError>?
        guard library.renderDocument(rsvg, cairo, &viewport, &error) != 0 else { throw .badSVG(library.consume(error)) }
    }
}
