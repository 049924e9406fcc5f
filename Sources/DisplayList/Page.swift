import Geometry

/// One finished page: its size and the items drawn on it, in painting order.
public struct Page: Hashable, Sendable {
    /// The page's media size.
    public var size: Size
    /// What is drawn on the page, back to front.
    public var items: [Item]
    /// Trim and bleed boxes for prepress; nil leaves the page without them.
    public var boxes: PageBoxes?

    /// Creates a page.
    public init(size: Size, items: [Item] = [], boxes: PageBoxes? = nil) { self.size = size; self.items = items; self.boxes = boxes }

    /// Appends an item on top of what is already there.
    public mutating func add(_ item: Item) { items.append(item) }
}
