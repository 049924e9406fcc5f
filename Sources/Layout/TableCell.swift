import Geometry
import Typesetting

/// The text of one table cell and how it is set.
public struct TableCell: Sendable {
    /// The text; empty for a cell that shows nothing.
    public var text: String
    /// The font.
    public var font: FontSpec
    /// The preferred size; a single line shrinks from it down to `minimumSize` to fit the cell's width.
    public var size: Length
    /// The smallest size allowed before the layout fails rather than clip.
    public var minimumSize: Length
    /// The text colour.
    public var color: RGBColor
    /// Placement across the cell; nil takes the column's.
    public var alignment: HorizontalAlignment?
    /// Whether the text wraps at spaces onto more lines (the row grows to hold them) instead of shrinking.
    public var wraps: Bool
    /// Room kept free at the cell's leading edge for something the caller draws there, such as a colour swatch.
    public var leadingReserve: Length
    /// A fill behind this cell only, over the row's fill.
    public var fill: RGBColor?
    /// What the cell shows, named for errors (e.g. "series PRO, lead 3, definition"); nil names its row and column.
    public var subject: String?

    /// Creates a cell.
    public init(_ text: String, font: FontSpec = .body, size: Length = .pt(9), minimumSize: Length? = nil,
                color: RGBColor = .black, alignment: HorizontalAlignment? = nil, wraps: Bool = false,
                leadingReserve: Length = .zero, fill: RGBColor? = nil) {
        self.text = text
        self.font = font
        self.size = size
        self.minimumSize = minimumSize ?? size * 0.7
        self.color = color
        self.alignment = alignment
        self.wraps = wraps
        self.leadingReserve = leadingReserve
        self.fill = fill
    }

    /// A cell that shows nothing.
    public static let empty = TableCell("")
}
