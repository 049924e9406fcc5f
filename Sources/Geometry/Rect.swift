/// An axis-aligned rectangle given by its top-left corner and size.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    /// The top-left corner.
    public var origin: Point
    /// The extent.
    public var size: Size

    /// Creates a rectangle from its top-left corner and size.
    public init(origin: Point, size: Size) { self.origin = origin; self.size = size }

    /// Creates a rectangle from its left, top, width and height.
    public init(x: Length, y: Length, width: Length, height: Length) {
        self.init(origin: Point(x: x, y: y), size: Size(width: width, height: height))
    }

    public var minX: Length { origin.x }
    public var minY: Length { origin.y }
    public var maxX: Length { origin.x + size.width }
    public var maxY: Length { origin.y + size.height }
    public var midX: Length { origin.x + size.width / 2 }
    public var midY: Length { origin.y + size.height / 2 }
    public var width: Length { size.width }
    public var height: Length { size.height }

    /// The rectangle shrunk by the given amount on every side.
    public func inset(by amount: Length) -> Rect { inset(top: amount, left: amount, bottom: amount, right: amount) }

    /// The rectangle shrunk by separate amounts on each side (negative values grow it).
    public func inset(top: Length = .zero, left: Length = .zero, bottom: Length = .zero, right: Length = .zero) -> Rect {
        Rect(x: minX + left, y: minY + top, width: width - left - right, height: height - top - bottom)
    }

    /// The rectangle moved by the given distances.
    public func offsetBy(dx: Length = .zero, dy: Length = .zero) -> Rect { Rect(origin: origin.offsetBy(dx: dx, dy: dy), size: size) }

    /// Whether `other` lies wholly inside this rectangle, allowing a tolerance for rounding.
    public func contains(_ other: Rect, tolerance: Length = .pt(0.001)) -> Bool {
        other.minX >= minX - tolerance && other.minY >= minY - tolerance
            && other.maxX <= maxX + tolerance && other.maxY <= maxY + tolerance
    }

    /// Whether the point lies inside this rectangle or on its edge.
    public func contains(_ point: Point) -> Bool {
        point.x >= minX && point.x <= maxX && point.y >= minY && point.y <= maxY
    }

    /// The smallest rectangle holding both.
    public func union(_ other: Rect) -> Rect {
        let x0 = min(minX, other.minX), y0 = min(minY, other.minY)
        return Rect(x: x0, y: y0, width: max(maxX, other.maxX) - x0, height: max(maxY, other.maxY) - y0)
    }

    /// Whether the two rectangles overlap with positive area.
    public func intersects(_ other: Rect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    public var description: String { "[\(origin.x), \(origin.y), \(width) x \(height)]" }
}
