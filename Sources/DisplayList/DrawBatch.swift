import Geometry

/// Several display-list items drawn as one operation: one path for many fills or strokes of one style,
/// one glyph call for many runs in one font, size and colour, or a single item drawn as it stands.
///
/// Coordinates are in the batch's own space: the page's, seen through `linear` (a transform with no
/// translation), so that a renderer sets `linear` once and draws every member without a save/restore.
public struct DrawBatch: Hashable, Sendable {
    /// What the batch draws.
    public enum Kind: Hashable, Sendable {
        /// Every path filled (non-zero winding) in one colour.
        case fill(RGBColor)
        /// Every path stroked with one stroke.
        case stroke(Stroke)
        /// Every run shown in one font, size and colour.
        case glyphs(font: FontFace, size: Length, color: RGBColor)
        /// One item drawn through a full transform, as it stands (a clipped group, say).
        case single(Item, Transform)
    }

    /// What the batch draws.
    public var kind: Kind
    /// The transform from the batch's space to the page, without translation.
    public var linear: Transform
    /// The paths of a fill or stroke batch, in the batch's space.
    public var paths: [Path]
    /// The runs of a glyph batch, their origins in the batch's space.
    public var runs: [GlyphRun]

    /// Creates a batch.
    public init(kind: Kind, linear: Transform = .identity, paths: [Path] = [], runs: [GlyphRun] = []) {
        self.kind = kind; self.linear = linear; self.paths = paths; self.runs = runs
    }
}
