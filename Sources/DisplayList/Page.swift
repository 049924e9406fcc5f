import Geometry

/// One finished page: its size and the items drawn on it, in painting order.
public struct Page: Hashable, Sendable {
    /// The page's media size.
    public var size: Size
    /// What is drawn on the page, back to front.
    public var items: [Item]

    /// Creates a page.
    public init(size: Size, items: [Item] = []) { self.size = size; self.items = items }

    /// Appends an item on top of what is already there.
    public mutating func add(_ item: Item) { items.append(item) }
}
