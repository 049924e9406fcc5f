import Geometry

/// Items drawn through a transform, optionally clipped to a path given in the group's own coordinates.
public struct Group: Hashable, Sendable {
    /// Maps the group's coordinates to its parent's.
    public var transform: Transform
    /// Clip outline in the group's coordinates, or nil for none.
    public var clip: Path?
    /// The items, back to front.
    public var items: [Item]

    /// Creates a group.
    public init(transform: Transform = .identity, clip: Path? = nil, items: [Item]) {
        self.transform = transform; self.clip = clip; self.items = items
    }
}
