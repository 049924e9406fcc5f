/// A point or vector in plain numbers: pixels in a scan, points (1/72 in) on a page.
public struct Vec2: Hashable, Sendable, Codable {
    public var x: Double, y: Double

    /// Creates a point.
    public init(_ x: Double, _ y: Double) { self.x = x; self.y = y }

    static func + (a: Vec2, b: Vec2) -> Vec2 { Vec2(a.x + b.x, a.y + b.y) }
    static func - (a: Vec2, b: Vec2) -> Vec2 { Vec2(a.x - b.x, a.y - b.y) }
    static func * (a: Vec2, k: Double) -> Vec2 { Vec2(a.x * k, a.y * k) }
    /// The length of the vector.
    var length: Double { (x * x + y * y).squareRoot() }
    /// The distance to another point.
    func distance(to other: Vec2) -> Double { (self - other).length }
}
