import Foundation
import Geometry

/// A vector outline made of straight and cubic segments.
public struct Path: Hashable, Sendable {
    /// One drawing command.
    public enum Element: Hashable, Sendable {
        case move(Point)
        case line(Point)
        case curve(Point, Point, Point)
        case close
    }

    /// The commands, in order.
    public var elements: [Element]

    /// Creates a path from its commands.
    public init(_ elements: [Element] = []) { self.elements = elements }

    /// A closed rectangle.
    public static func rect(_ r: Rect) -> Path {
        Path([.move(r.origin), .line(Point(x: r.maxX, y: r.minY)), .line(Point(x: r.maxX, y: r.maxY)), .line(Point(x: r.minX, y: r.maxY)), .close])
    }

    /// A rectangle with circular corners of the given radius (clamped to half the shorter side).
    public static func roundedRect(_ r: Rect, radius: Length) -> Path {
        let rad = min(radius, min(r.width, r.height) / 2)
        guard rad.points > 0 else { return rect(r) }
        // Cubic Bézier control distance that best approximates a quarter circle.
        let k = rad * 0.5522847498
        let x0 = r.minX, x1 = r.maxX, y0 = r.minY, y1 = r.maxY
        return Path([
            .move(Point(x: x0 + rad, y: y0)),
            .line(Point(x: x1 - rad, y: y0)),
            .curve(Point(x: x1 - rad + k, y: y0), Point(x: x1, y: y0 + rad - k), Point(x: x1, y: y0 + rad)),
            .line(Point(x: x1, y: y1 - rad)),
            .curve(Point(x: x1, y: y1 - rad + k), Point(x: x1 - rad + k, y: y1), Point(x: x1 - rad, y: y1)),
            .line(Point(x: x0 + rad, y: y1)),
            .curve(Point(x: x0 + rad - k, y: y1), Point(x: x0, y: y1 - rad + k), Point(x: x0, y: y1 - rad)),
            .line(Point(x: x0, y: y0 + rad)),
            .curve(Point(x: x0, y: y0 + rad - k), Point(x: x0 + rad - k, y: y0), Point(x: x0 + rad, y: y0)),
            .close,
        ])
    }

    /// The bounding box of every point the path names (control points included).
    public var bounds: Rect? {
        var points: [Point] = []
        for element in elements {
            switch element {
            case .move(let p), .line(let p): points.append(p)
            case .curve(let a, let b, let c): points += [a, b, c]
            case .close: break
            }
        }
        guard let first = points.first else { return nil }
        var minX = first.x, maxX = first.x, minY = first.y, maxY = first.y
        for p in points.dropFirst() {
            minX = min(minX, p.x); maxX = max(maxX, p.x); minY = min(minY, p.y); maxY = max(maxY, p.y)
        }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }

    /// The path with every point mapped through a transform.
    public func applying(_ t: Transform) -> Path {
        Path(elements.map { element in
            switch element {
            case .move(let p): .move(t.apply(p))
            case .line(let p): .line(t.apply(p))
            case .curve(let a, let b, let c): .curve(t.apply(a), t.apply(b), t.apply(c))
            case .close: .close
            }
        })
    }
}
