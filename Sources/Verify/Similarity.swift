import Foundation

/// A rotation, uniform scale and shift: how a page's points land in a scan's pixels.
public struct Similarity: Sendable, Equatable {
    /// x' = a x − b y + tx, y' = b x + a y + ty.
    public var a: Double, b: Double, tx: Double, ty: Double

    /// Creates a transform from its coefficients.
    public init(a: Double, b: Double, tx: Double, ty: Double) { self.a = a; self.b = b; self.tx = tx; self.ty = ty }

    /// A scale and shift, without rotation.
    public init(scale: Double, tx: Double = 0, ty: Double = 0) { self.init(a: scale, b: 0, tx: tx, ty: ty) }

    /// The scale factor.
    public var scale: Double { (a * a + b * b).squareRoot() }
    /// The rotation, in degrees, clockwise on the page (y down).
    public var rotationDegrees: Double { atan2(b, a) * 180 / .pi }

    /// Maps a point.
    public func apply(_ p: Vec2) -> Vec2 { Vec2(a * p.x - b * p.y + tx, b * p.x + a * p.y + ty) }

    /// The transform that undoes this one.
    public var inverse: Similarity {
        let d = a * a + b * b
        let ia = a / d, ib = -b / d
        return Similarity(a: ia, b: ib, tx: -(ia * tx - ib * ty), ty: -(ib * tx + ia * ty))
    }

    /// The least-squares transform taking `from` onto `to` (pairs in order); nil for fewer than two distinct points.
    public static func fit(from: [Vec2], to: [Vec2]) -> Similarity? {
        guard from.count == to.count, from.count >= 2 else { return nil }
        let n = Double(from.count)
        let cf = from.reduce(Vec2(0, 0), +) * (1 / n), ct = to.reduce(Vec2(0, 0), +) * (1 / n)
        var sxx = 0.0, sab = 0.0, sba = 0.0
        for (p, q) in zip(from, to) {
            let u = p - cf, v = q - ct
            sxx += u.x * u.x + u.y * u.y
            sab += u.x * v.x + u.y * v.y
            sba += u.x * v.y - u.y * v.x
        }
        guard sxx > 1e-9 else { return nil }
        let a = sab / sxx, b = sba / sxx
        return Similarity(a: a, b: b, tx: ct.x - (a * cf.x - b * cf.y), ty: ct.y - (b * cf.x + a * cf.y))
    }
}
