import CCairo
import Foundation

/// Draws a scan with a red ellipse round each failing tag's label and its label number: the picture `--annotate` writes.
public enum Annotator {
    /// Writes the scan as PNG to `path` (atomically), circling where each finding's tag should be.
    public static func write(_ scan: GrayImage, findings: [Finding], sheet: ExpectedSheet, transform: Similarity, to path: String) throws {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(scan.width), Int32(scan.height)) else {
            throw VerifyError.cannotWrite(path: path, reason: "cannot create an image")
        }
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { throw VerifyError.cannotWrite(path: path, reason: "cannot create an image") }
        // A paler scan, so the red stands out.
        for y in 0..<scan.height {
            let row = (data + y * stride).withMemoryRebound(to: UInt32.self, capacity: scan.width) { $0 }
            for x in 0..<scan.width {
                let v = UInt32(128 + Int(scan.pixels[y * scan.width + x]) / 2)
                row[x] = v << 16 | v << 8 | v
            }
        }
        cairo_surface_mark_dirty(surface)
        let cr = cairo_create(surface)
        defer { cairo_destroy(cr) }
        let px = transform.scale
        cairo_set_source_rgb(cr, 0.85, 0, 0)
        cairo_set_line_width(cr, max(2, px * 1.5))
        cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD)
        cairo_set_font_size(cr, max(10, px * 14))
        for label in Set(findings.map(\.label)).sorted() {
            guard sheet.labels.indices.contains(label - 1) else { continue }
            let l = sheet.labels[label - 1]
            let c = transform.apply(l.center)
            // An ellipse round the whole label, turned with the scan; the pen stays round (stroked after the restore).
            let (rx, ry) = (l.size.x * 0.55 * px, l.size.y * 0.62 * px)
            cairo_new_path(cr)
            cairo_save(cr)
            cairo_translate(cr, c.x, c.y)
            cairo_rotate(cr, transform.rotationDegrees * .pi / 180)
            cairo_scale(cr, rx, ry)
            cairo_arc(cr, 0, 0, 1, 0, 2 * .pi)
            cairo_restore(cr)
            cairo_stroke(cr)
            cairo_move_to(cr, c.x + rx * 0.72, c.y - ry * 0.72)
            cairo_show_text(cr, "\(label)")
        }
        cairo_surface_flush(surface)
        let temporary = path + ".verify-\(getpid()).tmp"
        let status = cairo_surface_write_to_png(surface, temporary)
        guard status == CAIRO_STATUS_SUCCESS else {
            unlink(temporary)
            throw VerifyError.cannotWrite(path: path, reason: String(cString: cairo_status_to_string(status)))
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw VerifyError.cannotWrite(path: path, reason: reason)
        }
    }
}
