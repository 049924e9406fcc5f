import Geometry

/// Label positions on a sheet, in the order labels are filled: left to right, then down.
///
/// A sheet with several grids (gLabels' several `Layout`s per label) fills by position, the way gLabels
/// orders them: every origin of every grid sorted top to bottom, then left to right.
public struct LabelGrid: Sendable {
    /// The preset the grid comes from.
    public let preset: Preset
    /// Every label origin on one sheet, in fill order.
    public let origins: [Point]

    /// Creates the grid of a preset.
    public init(preset: Preset) {
        self.preset = preset
        let all = preset.grids.flatMap { g in
            (0..<g.rows).flatMap { row in
                (0..<g.columns).map { column in Point(x: g.x0 + g.dx * Double(column), y: g.y0 + g.dy * Double(row)) }
            }
        }
        // One grid is already in fill order; sorting would only reorder labels on a skewed grid.
        origins = preset.grids.count == 1 ? all : all.enumerated().sorted { a, b in
            if a.element.y != b.element.y { return a.element.y < b.element.y }
            if a.element.x != b.element.x { return a.element.x < b.element.x }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Labels per sheet.
    public var count: Int { origins.count }

    /// The top-left corner of label `index` (0-based, in fill order) on its sheet.
    public func origin(of index: Int) -> Point { origins[index] }

    /// The outline of label `index` on its sheet.
    public func rect(of index: Int) -> Rect { preset.outline(at: origin(of: index)) }
}
