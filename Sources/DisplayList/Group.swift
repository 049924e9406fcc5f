import Geometry

/// Items drawn through a transform, optionally clipped to a path given in the group's own coordinates.
public struct Group: Hashable, Sendable {
    /// Maps the group's coordinates to its parent's.
    public var transform: Transform
    /// Clip outline in the group's coordinates, or nil for none.
    public var clip: Path?
    /// The items, back to front.
    public var items: [Item]
    /// A name for content that repeats: every group of one document with this key holds the same items and clip,
    /// so a renderer may draw them once and place that drawing again (a PDF form XObject). Nil: no promise.
    public var reuseKey: String?

    /// Creates a group.
    public init(transform: Transform = .identity, clip: Path? = nil, items: [Item], reuseKey: String? = nil) {
        self.transform = transform; self.clip = clip; self.items = items; self.reuseKey = reuseKey
    }
}
