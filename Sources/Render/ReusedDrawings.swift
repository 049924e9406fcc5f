import CCairo
import DisplayList

/// Drawings of repeated groups, each recorded once per document and placed wherever its key appears.
///
/// On a PDF surface Cairo writes a recorded drawing once, as a form XObject, and every placement
/// is a single `Do`: a sheet of tags for the same few leads then carries each lead's design once
/// rather than once per tag, which spares both the writing and the number formatting.
final class ReusedDrawings {
    private var surfaces: [String: OpaquePointer] = [:]
    private var placedOnThisPage: Set<String> = []
    /// Whether some page placed one drawing more than once. Cairo 1.16 then lists its form XObject once per
    /// placement in that page's resources, a dictionary with repeated keys, which the qpdf pass writes once.
    private(set) var repeatedOnAPage = false

    /// Starts counting placements for the next page.
    func startPage() { placedOnThisPage.removeAll(keepingCapacity: true) }

    deinit { for surface in surfaces.values { cairo_surface_destroy(surface) } }

    /// The recording of a group's items (and clip) in the group's own coordinates, made on first use; each call is one placement.
    func surface(for key: String, group: Group, fonts: FontFaceCache, path: String) throws -> OpaquePointer {
        if !placedOnThisPage.insert(key).inserted { repeatedOnAPage = true }
        if let surface = surfaces[key] { return surface }
        guard let surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nil) else {
            throw RenderError.cairo(path: path, status: "cannot create a recording surface")
        }
        surfaces[key] = surface
        let context = CairoContext(surface: surface, fonts: fonts)
        if let clip = group.clip {
            context.trace(clip)
            cairo_clip(context.cr)
        }
        try context.draw(PageBatcher.batches(of: Page(size: .init(width: .zero, height: .zero), items: group.items)))
        let status = cairo_status(context.cr) == CAIRO_STATUS_SUCCESS ? cairo_surface_status(surface) : cairo_status(context.cr)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError.cairo(path: path, status: String(cString: cairo_status_to_string(status)))
        }
        return surface
    }
}
