import Geometry

/// One thing drawn on a page: a closed set of kinds that every renderer handles.
public indirect enum Item: Hashable, Sendable {
    /// A positioned run of shaped glyphs.
    case glyphs(GlyphRun)
    /// A path, filled and/or stroked.
    case shape(Shape)
    /// Items drawn through a transform and optional clip.
    case group(Group)
    /// A picture (SVG drawn as vectors, PNG at its own resolution) in a box.
    case image(Image)
}

extension Item {
    /// The items of this item and of every group below it, with each item's transform to page space.
    public func flattened(_ transform: Transform = .identity) -> [(item: Item, transform: Transform)] {
        switch self {
        case .group(let group):
            let inner = group.transform.then(transform)
            return group.items.flatMap { $0.flattened(inner) }
        default:
            return [(self, transform)]
        }
    }
}
