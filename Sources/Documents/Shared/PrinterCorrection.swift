import Foundation
import Geometry

/// A printer's measured misregistration: every item is scaled about the page's top-left corner, then shifted.
public struct PrinterCorrection: Hashable, Sendable {
    /// Shift to the right (negative: left).
    public var dx: Length
    /// Shift downwards (negative: up).
    public var dy: Length
    /// Scale factor, 1 for none.
    public var scale: Double

    /// Creates a correction.
    public init(dx: Length = .zero, dy: Length = .zero, scale: Double = 1) { self.dx = dx; self.dy = dy; self.scale = scale }

    /// No correction.
    public static let none = PrinterCorrection()

    /// Parses an offset `X,Y` (each a length with its unit, e.g. `1mm,-2mm` or `0.02in,0pt`) and a scale (`1.005` or `100.5%`).
    public init(offset: String?, scale: String?) throws(DocumentError) {
        var dx = Length.zero, dy = Length.zero, factor = 1.0
        if let offset {
            let parts = offset.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, let x = Length(parsing: parts[0]), let y = Length(parsing: parts[1]) else {
                throw DocumentError.malformed(.offset, value: offset, expected: "X,Y with units, like 1mm,-2mm or 0.04in,0in")
            }
            dx = x; dy = y
        }
        if let scale {
            let text = scale.trimmingWhitespace()
            let value = text.hasSuffix("%") ? Double(text.dropLast()).map { $0 / 100 } : Double(text)
            guard let value, value >= 0.5, value <= 2 else {
                throw DocumentError.outOfRange(.scale, value: scale, allowed: "a factor from 0.5 to 2, like 1.005 or 100.5%")
            }
            factor = value
        }
        self.init(dx: dx, dy: dy, scale: factor)
    }

    /// Whether the correction changes nothing.
    public var isIdentity: Bool { dx == .zero && dy == .zero && scale == 1 }

    /// The transform from layout coordinates to corrected page coordinates.
    public var transform: Transform { Transform.scale(scale, scale).then(.translate(dx, dy)) }
}
