import CCairo
import DisplayList
import Foundation
import Geometry

/// A `cairo_t` that draws display-list items; the one place that turns items into Cairo calls.
final class CairoContext {
    let cr: OpaquePointer
    let fonts: FontFaceCache
    /// Where groups with a reuse key are recorded once and placed again (PDF); nil draws them item by item.
    var reuse: (drawings: ReusedDrawings, path: String)?

    init(surface: OpaquePointer, fonts: FontFaceCache) {
        cr = cairo_create(surface)
        self.fonts = fonts
        let options = cairo_font_options_create()
        // Outlines exactly as shaped: no hinting moves glyphs or changes metrics.
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_set_font_options(cr, options)
        cairo_font_options_destroy(options)
    }

    deinit { cairo_destroy(cr) }

    var status: cairo_status_t { cairo_status(cr) }

    func draw(_ page: Page) throws {
        for item in page.items { try draw(item) }
    }

    func draw(_ item: Item) throws {
        switch item {
        case .glyphs(let run): try draw(run)
        case .shape(let shape): draw(shape)
        case .image(let image): try ImageDrawing.draw(image, into: cr)
        case .group(let group):
            cairo_save(cr)
            let t = group.transform
            var matrix = cairo_matrix_t(xx: t.a, yx: t.b, xy: t.c, yy: t.d, x0: t.tx.points, y0: t.ty.points)
            cairo_transform(cr, &matrix)
            if let key = group.reuseKey, let reuse, reuse.drawings.kept.contains(key) {
                let drawing = try reuse.drawings.surface(for: key, group: group, fonts: fonts, path: reuse.path)
                cairo_set_source_surface(cr, drawing, 0, 0)
                cairo_paint(cr)
                cairo_restore(cr)
                return
            }
            if let clip = group.clip {
                trace(clip)
                cairo_clip(cr)
            }
            for child in group.items { try draw(child) }
            cairo_restore(cr)
        }
    }

    func setColor(_ c: RGBColor) {
        cairo_set_source_rgb(cr, Double(c.red) / 255, Double(c.green) / 255, Double(c.blue) / 255)
    }

    func trace(_ path: Path) {
        cairo_new_path(cr)
        append(path)
    }

    /// Adds a path's commands to the current path, after whatever it already holds.
    func append(_ path: Path) {
        for element in path.elements {
            switch element {
            case .move(let p): cairo_move_to(cr, p.x.points, p.y.points)
            case .line(let p): cairo_line_to(cr, p.x.points, p.y.points)
            case .curve(let a, let b, let c): cairo_curve_to(cr, a.x.points, a.y.points, b.x.points, b.y.points, c.x.points, c.y.points)
            case .close: cairo_close_path(cr)
            }
        }
    }

    private func draw(_ shape: Shape) {
        trace(shape.path)
        if let fill = shape.fill {
            setColor(fill)
            cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
            if shape.stroke == nil { cairo_fill(cr) } else { cairo_fill_preserve(cr) }
        }
        if let stroke = shape.stroke {
            setColor(stroke.color)
            cairo_set_line_width(cr, stroke.width.points)
            let dashes = stroke.dash.map(\.points)
            cairo_set_dash(cr, dashes, Int32(dashes.count), 0)
            cairo_stroke(cr)
        }
        cairo_new_path(cr)
    }

    private func draw(_ run: GlyphRun) throws {
        guard !run.glyphs.isEmpty else { return }
        cairo_set_font_face(cr, try fonts.cairoFace(for: run.font))
        cairo_set_font_size(cr, run.size.points)
        setColor(run.color)
        let glyphs = run.glyphs.map { g in
            cairo_glyph_t(index: UInt(g.id), x: run.origin.x.points + g.x.points, y: run.origin.y.points + g.y.points)
        }
        if let (utf8, clusters) = ExtractableText.textAndClusters(of: run) {
            // Text and clusters go into the PDF with the glyphs, so the page stays searchable and copyable.
            // Right-to-left glyphs are in visual order, and so is the text given with them (see ExtractableText).
            let flags = cairo_text_cluster_flags_t(0)
            utf8.withUnsafeBufferPointer { bytes in
                bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { text in
                    cairo_show_text_glyphs(cr, text, Int32(bytes.count), glyphs, Int32(glyphs.count), clusters, Int32(clusters.count), flags)
                }
            }
        } else {
            cairo_show_glyphs(cr, glyphs, Int32(glyphs.count))
        }
    }

    /// Cairo's cluster list (bytes and glyphs per cluster) from per-glyph byte offsets; nil unless they cover the text
    /// monotonically: rising for left-to-right runs, falling (ending at offset 0) for `backward` ones.
    static func clusters(of glyphs: [GlyphRun.Glyph], byteCount: Int, backward: Bool = false) -> [cairo_text_cluster_t]? {
        guard byteCount > 0, !glyphs.isEmpty else { return nil }
        // With the backward flag Cairo still reads the text from its start but takes glyphs from the array's end,
        // so a right-to-left run's clusters are measured over its glyphs reversed.
        let ordered = backward ? glyphs.reversed() : Array(glyphs)
        guard ordered[0].cluster == 0 else { return nil }
        var result: [cairo_text_cluster_t] = []
        var start = 0, glyphCount = 0
        for glyph in ordered {
            if glyph.cluster == start { glyphCount += 1; continue }
            guard glyph.cluster > start, glyph.cluster <= byteCount else { return nil }
            result.append(cairo_text_cluster_t(num_bytes: Int32(glyph.cluster - start), num_glyphs: Int32(glyphCount)))
            start = glyph.cluster
            glyphCount = 1
        }
        result.append(cairo_text_cluster_t(num_bytes: Int32(byteCount - start), num_glyphs: Int32(glyphCount)))
        return result
    }
}
