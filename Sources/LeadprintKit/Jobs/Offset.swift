import Documents
import Geometry

/// A printer's measured shift, right and down, as a job gives it: `1mm,-2mm`.
public struct Offset: Equatable, Sendable, Codable, CustomStringConvertible {
    /// Shift to the right (negative: left).
    public var x: Length
    /// Shift down (negative: up).
    public var y: Length

    /// Creates an offset.
    public init(x: Length, y: Length) { self.x = x; self.y = y }

    /// Reads `X,Y`, each a length with its unit.
    public init(parsing text: String) throws(DocumentError) {
        let parsed = try PrinterCorrection(offset: text, scale: nil)
        self.init(x: parsed.dx, y: parsed.dy)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        self = try Decoding.wrap(container) { try Offset(parsing: text) }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// `X,Y` with exact units.
    public var description: String { "\(x.exactText),\(y.exactText)" }
}
