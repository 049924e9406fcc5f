import CCairo
import DisplayList
import Foundation
import Geometry

/// Exact page sizes and prepress boxes for Cairo's PDFs, set in a pass over the finished file with libqpdf.
///
/// Cairo 1.16 keeps the size a PDF surface is created with exactly (its MediaBox has the fractions) and
/// clips nothing to it. But a size given later with `cairo_pdf_surface_set_size` is truncated to whole
/// points for the recording Cairo clips every page to, so the right and bottom fractions of a point lose
/// their ink; and Cairo cannot write TrimBox or BleedBox. So pages of the size the surface was created
/// with are drawn as they are, until a page of another size; from then on Cairo gets each page rounded up
/// to whole points, the drawing is moved down to sit on the bottom edge of that page, and this pass writes
/// the exact MediaBox `[0 0 w h]` with TrimBox and BleedBox; qpdf's rewrite also lists each page's resources once.
/// Cairo lists a recorded drawing (a tag design) once per placement, so a page placing one twice has a resource
/// dictionary with repeated keys: where that is all there is to mend, `PDFResourceMend` blanks them in place and
/// libqpdf is never opened (it would hold every object of a 100,000-tag file in memory).
enum PDFPageBoxes {
    /// The size Cairo is given for a page: whole points, never smaller than the page.
    static func cairoSize(_ size: Size) -> (width: Double, height: Double) {
        (whole(size.width.points), whole(size.height.points))
    }

    /// Moves the drawing down so the page's bottom edge falls on the bottom of Cairo's rounded-up page, where PDF's origin is.
    static func alignToMediaBox(_ cr: OpaquePointer, page size: Size) {
        let drop = cairoSize(size).height - size.height.points
        if drop > 0 { cairo_translate(cr, 0, drop) }
    }

    /// One page's geometry as drawn.
    struct PageGeometry {
        var size: Size
        var boxes: PageBoxes?
        /// Whether Cairo drew the page at the size its surface was created with (no `cairo_pdf_surface_set_size`).
        var atCreationSize: Bool

        /// Whether Cairo's own MediaBox is already the exact page with nothing to add.
        var cairoIsExact: Bool {
            boxes == nil && (atCreationSize || cairoSize(size) == (size.width.points, size.height.points))
        }
    }

    /// Rewrites a finished PDF with each page's exact MediaBox and its TrimBox and BleedBox, through a temporary file beside it.
    ///
    /// Does nothing but mend repeated resource keys in place (`repeatedResources`: a recorded drawing placed twice on a
    /// page) when Cairo's own MediaBoxes are exact and no page carries boxes.
    static func apply(_ pages: [PageGeometry], to file: URL, naming target: URL, repeatedResources: Bool) throws {
        guard pages.contains(where: { !$0.cairoIsExact }) else {
            // Only repeated resource keys to mend: done in place, in memory that does not grow with the document.
            if repeatedResources { try PDFResourceMend.mend(file, naming: target) }
            return
        }
        let edited = file.deletingLastPathComponent().appendingPathComponent(file.lastPathComponent + ".boxes")
        PendingFiles.shared.add(edited.path)
        defer { PendingFiles.shared.remove(edited.path) }
        do {
            let pdf = try QPDFHandle(reading: file, naming: target)
            guard pdf.pageCount == pages.count else {
                throw RenderError.pageBoxes(path: target.path, reason: "Cairo wrote \(pdf.pageCount) pages for \(pages.count)")
            }
            for (index, page) in pages.enumerated() {
                let height = page.size.height
                func box(_ rect: Rect) -> [Double] {
                    // Page coordinates run down from the top; PDF's run up from the bottom edge.
                    [rect.minX.points, (height - rect.maxY).points, rect.maxX.points, (height - rect.minY).points]
                }
                try pdf.setBox("/MediaBox", of: index, to: box(Rect(origin: .zero, size: page.size)))
                if let boxes = page.boxes {
                    try pdf.setBox("/BleedBox", of: index, to: box(boxes.bleed))
                    try pdf.setBox("/TrimBox", of: index, to: box(boxes.trim))
                }
                if index % 256 == 255 { pdf.releaseObjects() }
            }
            // qpdf creates the file by its path, and the rename below recreates the temporary's name: both under an
            // interrupt's watch, so its cleanup never runs between them and leaves a file behind.
            try PendingFiles.shared.writing { try pdf.write(to: edited) }
        } catch {
            unlink(edited.path)
            throw error
        }
        guard PendingFiles.shared.writing({ rename(edited.path, file.path) }) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(edited.path)
            throw RenderError.cannotWrite(path: target.path, reason: reason)
        }
    }

    private static func whole(_ points: Double) -> Double {
        // A size a rounding error above a whole point stays that whole point.
        (points - 1e-6).rounded(.up)
    }
}
