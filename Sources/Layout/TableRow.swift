import DisplayList
import Geometry

/// One row of a table: a cell per column, a fill and the rule drawn under it.
public struct TableRow: Sendable {
    /// The cells, one per column.
    public var cells: [TableCell]
    /// The fill behind the whole row, if any.
    public var fill: RGBColor?
    /// The row is never lower than this.
    public var minimumHeight: Length
    /// The line under the row, if any.
    public var rule: Stroke?
    /// Names the row in errors, e.g. "capability row Ground".
    public var name: String

    /// Creates a row.
    public init(_ cells: [TableCell], name: String, fill: RGBColor? = nil, minimumHeight: Length = .zero, rule: Stroke? = nil) {
        self.cells = cells
        self.name = name
        self.fill = fill
        self.minimumHeight = minimumHeight
        self.rule = rule
    }
}
