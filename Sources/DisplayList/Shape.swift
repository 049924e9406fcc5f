import Geometry

/// A path with an optional fill and an optional stroke.
public struct Shape: Hashable, Sendable {
    /// The outline.
    public var path: Path
    /// Fill colour, or nil for none.
    public var fill: RGBColor?
    /// Stroke, or nil for none.
    public var stroke: Stroke?

    /// Creates a shape.
    public init(path: Path, fill: RGBColor? = nil, stroke: Stroke? = nil) { self.path = path; self.fill = fill; self.stroke = stroke }

    /// A filled and/or stroked rectangle.
    public static func rect(_ rect: Rect, fill: RGBColor? = nil, stroke: Stroke? = nil) -> Shape {
        Shape(path: .rect(rect), fill: fill, stroke: stroke)
    }

    /// A straight line.
    public static func line(from a: Point, to b: Point, stroke: Stroke) -> Shape {
        Shape(path: Path([.move(a), .line(b)]), stroke: stroke)
    }
}

/// How a path's outline is drawn.
public struct Stroke: Hashable, Sendable {
    /// Line colour.
    public var color: RGBColor
    /// Line width.
    public var width: Length
    /// Dash lengths, on and off; empty for a solid line.
    public var dash: [Length]

    /// Creates a stroke.
    public init(color: RGBColor = .black, width: Length, dash: [Length] = []) { self.color = color; self.width = width; self.dash = dash }

    /// The thinnest line a print shop will reproduce, for trim and crop marks.
    public static let hairline = Stroke(color: .black, width: .pt(0.25))
}
