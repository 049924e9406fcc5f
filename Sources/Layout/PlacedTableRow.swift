import DisplayList
import Geometry

/// A table row laid out on the page: its rect, each cell's rect and where the text went.
public struct PlacedTableRow: Sendable {
    /// One cell on the page.
    public struct Cell: Sendable {
        /// The column index.
        public var column: Int
        /// The cell's rect, from rule to rule.
        public var rect: Rect
        /// The rect the text was fitted into: the cell less its padding and leading reserve.
        public var contentRect: Rect
        /// The text shown.
        public var text: String
        /// The chosen text size; nil for an empty cell.
        public var size: Length?
        /// The ink box of the text on the page; nil for an empty cell.
        public var inkBounds: Rect?
        /// The line boxes of the text on the page (one per line).
        public var lineBounds: [Rect]
    }

    /// The row's name, as given.
    public var name: String
    /// The row's rect across every column.
    public var rect: Rect
    /// The cells, in column order.
    public var cells: [Cell]
    /// What the row draws: fills, text and its rule.
    public var items: [Item]
}
