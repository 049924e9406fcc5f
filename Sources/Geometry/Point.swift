/// A position on a page; y grows downwards from the top-left corner.
public struct Point: Hashable, Sendable, CustomStringConvertible {
    /// Horizontal distance from the left edge.
    public var x: Length
    /// Vertical distance from the top edge.
    public var y: Length

    /// Creates a point.
    public init(x: Length, y: Length) { self.x = x; self.y = y }

    /// The origin.
    public static let zero = Point(x: .zero, y: .zero)

    /// The point moved by the given distances.
    public func offsetBy(dx: Length = .zero, dy: Length = .zero) -> Point { Point(x: x + dx, y: y + dy) }

    public var description: String { "(\(x), \(y))" }
}
