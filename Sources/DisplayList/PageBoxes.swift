import Geometry

/// The prepress boxes of a page, in page coordinates (top-left origin, y down), written into PDF as TrimBox and BleedBox.
///
/// A print shop cuts at the trim box and keeps artwork up to the bleed box; without them it takes the whole page as the trim.
public struct PageBoxes: Hashable, Sendable {
    /// Where the finished piece is cut.
    public var trim: Rect
    /// How far artwork may run past the trim.
    public var bleed: Rect

    /// Creates the boxes of a page.
    public init(trim: Rect, bleed: Rect) { self.trim = trim; self.bleed = bleed }
}
