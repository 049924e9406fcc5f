import Geometry

/// Label positions on a sheet, in the order labels are filled: left to right, then down.
public struct LabelGrid: Sendable {
    /// The preset the grid comes from.
    public let preset: Preset

    /// Creates the grid of a preset.
    public init(preset: Preset) { self.preset = preset }

    /// Labels per sheet.
    public var count: Int { preset.grid.count }

    /// The top-left corner of label `index` (0-based, row-major) on its sheet.
    public func origin(of index: Int) -> Point {
        let g = preset.grid
        let column = index % g.columns, row = index / g.columns
        return Point(x: g.x0 + g.dx * Double(column), y: g.y0 + g.dy * Double(row))
    }

    /// Every label origin on one sheet, in fill order.
    public var origins: [Point] { (0..<count).map(origin(of:)) }

    /// The outline of label `index` on its sheet.
    public func rect(of index: Int) -> Rect { preset.outline(at: origin(of: index)) }
}
