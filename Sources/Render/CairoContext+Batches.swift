import CCairo
import DisplayList
import Geometry

extension CairoContext {
    /// Draws a page as batches: one Cairo operation per batch instead of one per item.
    func draw(_ batches: [DrawBatch]) throws {
        for batch in batches {
            let linear = batch.linear
            let transformed = linear != .identity
            if transformed {
                cairo_save(cr)
                var matrix = cairo_matrix_t(xx: linear.a, yx: linear.b, xy: linear.c, yy: linear.d, x0: 0, y0: 0)
                cairo_transform(cr, &matrix)
            }
            switch batch.kind {
            case .fill(let color):
                cairo_new_path(cr)
                for path in batch.paths { append(path) }
                setColor(color)
                cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
                cairo_fill(cr)
            case .stroke(let stroke):
                cairo_new_path(cr)
                for path in batch.paths { append(path) }
                setColor(stroke.color)
                cairo_set_line_width(cr, stroke.width.points)
                let dashes = stroke.dash.map(\.points)
                cairo_set_dash(cr, dashes, Int32(dashes.count), 0)
                cairo_stroke(cr)
            case .glyphs(let font, let size, let color):
                try showGlyphs(batch.runs, font: font, size: size, color: color)
            case .single(let item, let t):
                cairo_save(cr)
                var matrix = cairo_matrix_t(xx: t.a, yx: t.b, xy: t.c, yy: t.d, x0: t.tx.points, y0: t.ty.points)
                cairo_transform(cr, &matrix)
                try draw(item)
                cairo_restore(cr)
            }
            if transformed { cairo_restore(cr) }
        }
    }

    /// Shows many runs of one font, size and colour in one call, their texts and clusters joined
    /// so every run stays searchable as before.
    private func showGlyphs(_ runs: [GlyphRun], font: FontFace, size: Length, color: RGBColor) throws {
        cairo_set_font_face(cr, try fonts.cairoFace(for: font))
        cairo_set_font_size(cr, size.points)
        setColor(color)
        var glyphs: [cairo_glyph_t] = []
        var text: [UInt8] = []
        var clusters: [cairo_text_cluster_t] = []
        for run in runs {
            let utf8 = ExtractableText.utf8(run)
            // The batcher admits only runs whose clusters run forwards, which always yields a map.
            guard let map = Self.clusters(of: run.glyphs, byteCount: utf8.count) else { continue }
            text += utf8
            clusters += map
            for g in run.glyphs {
                glyphs.append(cairo_glyph_t(index: UInt(g.id), x: run.origin.x.points + g.x.points, y: run.origin.y.points + g.y.points))
            }
        }
        guard !glyphs.isEmpty else { return }
        text.withUnsafeBufferPointer { bytes in
            bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                cairo_show_text_glyphs(cr, chars, Int32(bytes.count), glyphs, Int32(glyphs.count), clusters, Int32(clusters.count), cairo_text_cluster_flags_t(0))
            }
        }
    }
}
