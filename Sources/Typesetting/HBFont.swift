import CHarfBuzz
import DisplayList
import Foundation

/// A HarfBuzz font at unit scale (font units = em / upem), owning its blob, face and font.
///
/// HarfBuzz reads the file itself (`hb_face_create` on a blob), so it never shares an
/// `FT_Face` with Cairo, whose size changes would corrupt later advances.
final class HBFont {
    let face: FontFace
    let unitsPerEm: Double
    let ascender: Double
    let descender: Double
    private let blob: OpaquePointer
    private let hbFace: OpaquePointer
    let font: OpaquePointer
    private var extentsCache: [UInt32: (minX: Double, minY: Double, maxX: Double, maxY: Double)] = [:]

    init(_ face: FontFace) throws {
        guard let blob = hb_blob_create_from_file(face.path), hb_blob_get_length(blob) > 0 else {
            throw TypesettingError.unreadableFont(path: face.path)
        }
        self.face = face
        self.blob = blob
        hbFace = hb_face_create(blob, UInt32(face.index))
        font = hb_font_create(hbFace)
        let upem = hb_face_get_upem(hbFace)
        // Shaping at upem scale keeps every advance exact; sizes are applied later by plain multiplication.
        hb_font_set_scale(font, Int32(upem), Int32(upem))
        unitsPerEm = Double(upem)
        var extents = hb_font_extents_t()
        hb_font_get_h_extents(font, &extents)
        // A CJK face names its ideographic em box in its BASE table ('ideo', its bottom: 0.12 em below the baseline in Noto Sans CJK;
        // the box is one em tall). Its ideographs stand inside it, so the line needs no more above the baseline than the box's
        // top (0.88 em), not the hhea ascender (1.16 em) kept for tall Latin accents. Below, the hhea descender stays: PDF readers
        // hang a glyph's box from it.
        var bottom: hb_position_t = 0
        if hb_ot_layout_get_baseline(font, HB_OT_LAYOUT_BASELINE_TAG_IDEO_EMBOX_BOTTOM_OR_LEFT, HB_DIRECTION_LTR, Self.hani, 0, &bottom) != 0,
           case let top = bottom + hb_position_t(upem), top > 0, top <= extents.ascender {
            ascender = Double(top) / Double(upem)
        } else {
            ascender = Double(extents.ascender) / Double(upem)
        }
        descender = -Double(extents.descender) / Double(upem)
    }

    /// The OpenType script tag 'hani'.
    private static let hani: hb_tag_t = 0x68616E69

    deinit {
        hb_font_destroy(font)
        hb_face_destroy(hbFace)
        hb_blob_destroy(blob)
    }

    /// Whether the font maps the scalar to a glyph.
    func covers(_ scalar: Unicode.Scalar) -> Bool {
        var glyph: hb_codepoint_t = 0
        return hb_font_get_nominal_glyph(font, scalar.value, &glyph) != 0
    }

    /// The ink box of a glyph in em, y down from the baseline.
    func inkExtents(_ glyph: UInt32) -> (minX: Double, minY: Double, maxX: Double, maxY: Double) {
        if let cached = extentsCache[glyph] { return cached }
        var e = hb_glyph_extents_t()
        let result: (Double, Double, Double, Double)
        if hb_font_get_glyph_extents(font, glyph, &e) != 0, e.width != 0 || e.height != 0 {
            // HarfBuzz is y-up with a negative height; Typesetting turns every HarfBuzz value y-down as it reads it (here and for glyph offsets), so nothing past it flips.
            let u = unitsPerEm
            result = (Double(e.x_bearing) / u, -Double(e.y_bearing) / u, Double(e.x_bearing + e.width) / u, -Double(e.y_bearing + e.height) / u)
        } else {
            result = (0, 0, 0, 0)
        }
        extentsCache[glyph] = result
        return result
    }
}
