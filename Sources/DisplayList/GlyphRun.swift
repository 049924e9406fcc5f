import Geometry

/// Shaped glyphs in one font and size, with the text they came from so output stays searchable.
public struct GlyphRun: Hashable, Sendable {
    /// One glyph: its id in the font, its position relative to the run's origin, and the UTF-8 offset of its cluster.
    public struct Glyph: Hashable, Sendable {
        /// Glyph index in the font.
        public var id: UInt32
        /// Horizontal position of the glyph origin from the run origin.
        public var x: Length
        /// Vertical position of the glyph origin from the run origin (y down).
        public var y: Length
        /// Byte offset in `text` where this glyph's cluster starts.
        public var cluster: Int

        /// Creates a glyph.
        public init(id: UInt32, x: Length, y: Length, cluster: Int) { self.id = id; self.x = x; self.y = y; self.cluster = cluster }
    }

    /// Where the run's baseline starts.
    public var origin: Point
    /// The face the glyph ids belong to.
    public var font: FontFace
    /// Em size.
    public var size: Length
    /// Fill colour of the glyphs.
    public var color: RGBColor
    /// The source text of the glyphs.
    public var text: String
    /// The glyphs, in visual order.
    public var glyphs: [Glyph]
    /// Horizontal advance of the whole run.
    public var advance: Length
    /// The ink bounds relative to the origin (y down), as the layout measured them.
    public var inkBounds: Rect
    /// Whether the run was shaped right to left: its glyphs, still in visual order, map to `text` from its end backwards.
    public var isRightToLeft: Bool

    /// Creates a glyph run.
    public init(origin: Point, font: FontFace, size: Length, color: RGBColor, text: String, glyphs: [Glyph], advance: Length, inkBounds: Rect,
                isRightToLeft: Bool = false) {
        self.origin = origin; self.font = font; self.size = size; self.color = color
        self.text = text; self.glyphs = glyphs; self.advance = advance; self.inkBounds = inkBounds
        self.isRightToLeft = isRightToLeft
    }

    /// The ink bounds on the page (before any group transform).
    public var pageInkBounds: Rect { inkBounds.offsetBy(dx: origin.x, dy: origin.y) }
}
