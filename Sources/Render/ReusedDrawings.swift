import CCairo
import DisplayList

/// Drawings of repeated groups, recorded once and placed wherever their key appears again.
///
/// On a PDF surface Cairo writes a recorded drawing once, as a form XObject, and every placement
/// is a single `Do`: a sheet of tags for the same few leads then carries each lead's design once
/// rather than once per tag, which spares both the writing and the number formatting.
/// A key is recorded only when a page places it at least twice, so no XObject is used once; once recorded it is
/// placed on later pages too. At most `budget` recordings are kept (least recently placed go first), so a long
/// run of ever-new designs keeps memory flat.
final class ReusedDrawings {
    private struct Entry {
        var surface: OpaquePointer
        var lastPage: Int
    }

    private var entries: [String: Entry] = [:]
    private var placedOnThisPage: Set<String> = []
    private var page = 0
    /// The keys this page places as recordings.
    private(set) var kept: Set<String> = []
    /// Recordings kept at most.
    let budget: Int
    /// Whether some page placed one drawing more than once. Cairo 1.16 then lists its form XObject once per
    /// placement in that page's resources, a dictionary with repeated keys, which the qpdf pass writes once.
    private(set) var repeatedOnAPage = false

    init(budget: Int = 256) { self.budget = budget }

    /// Starts the next page, which places each key `counts[key]` times: keys placed twice or more, and keys
    /// already recorded, are placed as recordings; the rest are drawn with the page.
    func startPage(counts: [String: Int]) {
        page += 1
        placedOnThisPage.removeAll(keepingCapacity: true)
        kept = Set(counts.compactMap { key, count in count >= 2 || entries[key] != nil ? key : nil })
    }

    deinit { for entry in entries.values { cairo_surface_destroy(entry.surface) } }

    /// The recording of a group's items (and clip) in the group's own coordinates, made on first use; each call is one placement.
    func surface(for key: String, group: Group, fonts: FontFaceCache, path: String) throws -> OpaquePointer {
        if !placedOnThisPage.insert(key).inserted { repeatedOnAPage = true }
        if let entry = entries[key] {
            entries[key]?.lastPage = page
            return entry.surface
        }
        // Bounded, though no drawing comes near the bounds: with unbounded recordings Cairo 1.16 kept memory after each PDF
        // (measured in the web server: 48 KB more resident a render of 300 tags, the same renders flat when bounded).
        var bounds = Self.bounds
        guard let surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &bounds) else {
            throw RenderError.cairo(path: path, status: "cannot create a recording surface")
        }
        if entries.count >= budget { evict() }
        entries[key] = Entry(surface: surface, lastPage: page)
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

    /// A recording's bounds in its group's own coordinates: 10,000 pt (139 in) each way, beyond any page leadprint draws.
    private static let bounds = cairo_rectangle_t(x: -10_000, y: -10_000, width: 20_000, height: 20_000)

    /// Drops the recordings placed longest ago, a quarter of the budget at once, never one this page placed.
    /// (The PDF surface keeps its own reference to what it has written.)
    private func evict() {
        let old = entries.filter { $0.value.lastPage < page }.sorted { ($0.value.lastPage, $0.key) < ($1.value.lastPage, $1.key) }
        for (key, entry) in old.prefix(max(1, budget / 4)) {
            cairo_surface_destroy(entry.surface)
            entries[key] = nil
            kept.remove(key)
        }
    }
}
