import DisplayList
import Geometry

/// A string shaped once at unit size (em), ready to be placed at any size and position.
public struct ShapedText: Hashable, Sendable {
    /// A stretch of the text set in one face.
    public struct Segment: Hashable, Sendable {
        /// One shaped glyph, in em, relative to the segment start.
        public struct Glyph: Hashable, Sendable {
            public var id: UInt32
            public var x: Double
            public var y: Double
            public var cluster: Int
            /// The pen advance after the glyph, in em.
            public var advance: Double = 0
        }
        /// The face the glyphs belong to.
        public var face: FontFace
        /// The segment's source text.
        public var text: String
        /// The glyphs, in visual order.
        public var glyphs: [Glyph]
        /// The segment's advance in em.
        public var advance: Double
        /// Whether the segment was shaped right to left (its glyphs are still in visual order).
        public var isRightToLeft: Bool = false
        /// The ISO 15924 code of the script it was shaped as, e.g. "Latn", "Arab", "Hani".
        public var script: String = "Latn"
        /// Its bidi embedding level: 0 in left-to-right text, odd where it runs right to left.
        public var level: Int = 0
        /// The index of its first code point in the whole text (segments are in visual order, this is their logical place).
        public var start: Int = 0
    }

    /// The whole source text.
    public var text: String
    /// The segments, in order; more than one when fallback fonts supplied missing glyphs.
    public var segments: [Segment]
    /// Total advance in em.
    public var advance: Double
    /// The largest ascender of the faces used, in em.
    public var ascender: Double
    /// The largest descender of the faces used, in em (positive, below the baseline).
    public var descender: Double
    /// The ink box of all glyphs in em, y down from the baseline start; zero-sized for blank text.
    public var ink: (minX: Double, minY: Double, maxX: Double, maxY: Double)
    /// Whether the paragraph direction resolved to right to left, so its leading edge is on the right.
    public var isRightToLeft: Bool = false

    public static func == (a: ShapedText, b: ShapedText) -> Bool { a.text == b.text && a.segments == b.segments }
    public func hash(into hasher: inout Hasher) { hasher.combine(text); hasher.combine(segments) }

    /// Horizontal advance at a size.
    public func width(at size: Length) -> Length { size * advance }

    /// Height of the line box (ascender + descender) at a size.
    public func lineHeight(at size: Length) -> Length { size * (ascender + descender) }

    /// The ink box at a size, relative to the baseline start (y down).
    public func inkBounds(at size: Length) -> Rect {
        Rect(x: size * ink.minX, y: size * ink.minY, width: size * (ink.maxX - ink.minX), height: size * (ink.maxY - ink.minY))
    }

    /// The horizontal room the text needs at a size: its advance, widened where ink overhangs it.
    public func occupiedWidth(at size: Length) -> Length {
        size * (max(advance, ink.maxX) - min(0, ink.minX))
    }

    /// Each code point's share of the advance in em, in logical order: a cluster's advance goes to its first code point.
    ///
    /// Summed over a piece of the text, this is the room the piece takes inside this line, shaped as it is drawn
    /// (a middle dot or quotation mark between ideographs takes the CJK face's full width, not a Latin face's).
    public func scalarAdvances() -> [Double] {
        var result = [Double](repeating: 0, count: text.unicodeScalars.count)
        for segment in segments {
            // Glyph clusters are UTF-8 offsets into the segment's own text.
            var scalarAt: [Int: Int] = [:]
            var offset = 0
            for (i, scalar) in segment.text.unicodeScalars.enumerated() {
                scalarAt[offset] = i
                offset += UTF8.width(scalar)
            }
            for glyph in segment.glyphs {
                let index = segment.start + (scalarAt[glyph.cluster] ?? 0)
                if result.indices.contains(index) { result[index] += glyph.advance }
            }
        }
        return result
    }

    /// Glyph runs for the display list, with the baseline starting at `origin`.
    public func runs(at origin: Point, size: Length, color: RGBColor) -> [GlyphRun] {
        var x = 0.0
        var result: [GlyphRun] = []
        result.reserveCapacity(segments.count)
        for segment in segments {
            let glyphs = segment.glyphs.map { g in
                GlyphRun.Glyph(id: g.id, x: size * g.x, y: size * g.y, cluster: g.cluster)
            }
            let runOrigin = origin.offsetBy(dx: size * x)
            result.append(GlyphRun(
                origin: runOrigin, font: segment.face, size: size, color: color, text: segment.text,
                glyphs: glyphs, advance: size * segment.advance,
                inkBounds: inkBounds(at: size).offsetBy(dx: -(size * x)), isRightToLeft: segment.isRightToLeft))
            x += segment.advance
        }
        return result
    }
}
