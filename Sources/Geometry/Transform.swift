/// An affine transform mapping (x, y) to (a·x + c·y + tx, b·x + d·y + ty).
public struct Transform: Hashable, Sendable, CustomStringConvertible {
    public var a: Double, b: Double, c: Double, d: Double
    /// The horizontal translation.
    public var tx: Length
    /// The vertical translation.
    public var ty: Length

    /// Creates a transform from its matrix entries.
    public init(a: Double, b: Double, c: Double, d: Double, tx: Length, ty: Length) {
        self.a = a; self.b = b; self.c = c; self.d = d; self.tx = tx; self.ty = ty
    }

    /// The transform that changes nothing.
    public static let identity = Transform(a: 1, b: 0, c: 0, d: 1, tx: .zero, ty: .zero)

    /// A translation.
    public static func translate(_ dx: Length, _ dy: Length) -> Transform {
        Transform(a: 1, b: 0, c: 0, d: 1, tx: dx, ty: dy)
    }

    /// A scale about the origin.
    public static func scale(_ sx: Double, _ sy: Double) -> Transform {
        Transform(a: sx, b: 0, c: 0, d: sy, tx: .zero, ty: .zero)
    }

    /// A rotation about the origin by a number of quarter turns clockwise (on a y-down page).
    public static func quarterTurns(_ turns: Int) -> Transform {
        switch ((turns % 4) + 4) % 4 {
        case 1: Transform(a: 0, b: 1, c: -1, d: 0, tx: .zero, ty: .zero)
        case 2: Transform(a: -1, b: 0, c: 0, d: -1, tx: .zero, ty: .zero)
        case 3: Transform(a: 0, b: -1, c: 1, d: 0, tx: .zero, ty: .zero)
        default: .identity
        }
    }

    /// This transform followed by `next`.
    public func then(_ next: Transform) -> Transform {
        Transform(
            a: a * next.a + b * next.c, b: a * next.b + b * next.d,
            c: c * next.a + d * next.c, d: c * next.b + d * next.d,
            tx: .pt(tx.points * next.a + ty.points * next.c + next.tx.points),
            ty: .pt(tx.points * next.b + ty.points * next.d + next.ty.points))
    }

    /// The image of a point.
    public func apply(_ p: Point) -> Point {
        Point(x: .pt(a * p.x.points + c * p.y.points + tx.points), y: .pt(b * p.x.points + d * p.y.points + ty.points))
    }

    /// The bounding box of the image of a rectangle.
    public func apply(_ r: Rect) -> Rect {
        let corners = [r.origin, Point(x: r.maxX, y: r.minY), Point(x: r.minX, y: r.maxY), Point(x: r.maxX, y: r.maxY)].map(apply)
        let xs = corners.map(\.x), ys = corners.map(\.y)
        return Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
    }

    public var description: String { "matrix(\(a) \(b) \(c) \(d) \(tx) \(ty))" }
}
