import Foundation

/// A physical length, stored in PostScript points (1/72 in) and built from any unit.
public struct Length: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The length in points.
    public var points: Double

    /// Creates a length from points.
    public init(points: Double) { self.points = points }

    /// A length in points.
    public static func pt(_ value: Double) -> Length { Length(points: value) }
    /// A length in millimetres.
    public static func mm(_ value: Double) -> Length { Length(points: value * 72.0 / 25.4) }
    /// A length in inches.
    public static func inch(_ value: Double) -> Length { Length(points: value * 72.0) }
    /// A length in centimetres.
    public static func cm(_ value: Double) -> Length { .mm(value * 10) }

    /// Zero length.
    public static let zero = Length(points: 0)

    /// The length in millimetres.
    public var millimetres: Double { points * 25.4 / 72.0 }
    /// The length in inches.
    public var inches: Double { points / 72.0 }

    public var description: String { Length.format(points) + "pt" }

    static func format(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)
    }

    public static func < (a: Length, b: Length) -> Bool { a.points < b.points }
    public static func + (a: Length, b: Length) -> Length { Length(points: a.points + b.points) }
    public static func - (a: Length, b: Length) -> Length { Length(points: a.points - b.points) }
    public static prefix func - (a: Length) -> Length { Length(points: -a.points) }
    public static func * (a: Length, k: Double) -> Length { Length(points: a.points * k) }
    public static func * (k: Double, a: Length) -> Length { Length(points: a.points * k) }
    public static func / (a: Length, k: Double) -> Length { Length(points: a.points / k) }
    /// The ratio of two lengths.
    public static func / (a: Length, b: Length) -> Double { a.points / b.points }
    public static func += (a: inout Length, b: Length) { a.points += b.points }
    public static func -= (a: inout Length, b: Length) { a.points -= b.points }
}

extension Length {
    /// The units a length may be written in.
    public enum Unit: String, CaseIterable, Sendable {
        case pt, mm, cm, `in`

        /// Points per one of this unit.
        public var points: Double {
            switch self {
            case .pt: 1
            case .mm: 72.0 / 25.4
            case .cm: 720.0 / 25.4
            case .in: 72.0
            }
        }
    }

    private static let unitNames: [String: Unit] = ["pt": .pt, "mm": .mm, "cm": .cm, "in": .in, "inch": .in, "\"": .in]

    /// Parses a length such as "25.4mm", "1in", "72pt" or "-2 mm"; nil when the number or unit is not understood.
    public init?(parsing text: String) {
        let trimmed = text.trimmingWhitespace()
        let scalars = trimmed.unicodeScalars
        // Only ASCII can be part of a number Double reads, so the number ends at the first other scalar.
        let numberEnd = scalars.firstIndex { !(("0"..."9").contains($0) || $0 == "." || $0 == "-" || $0 == "+") } ?? scalars.endIndex
        let unitText = trimmed[numberEnd...].trimmingWhitespace().lowercased()
        guard let value = Double(trimmed[..<numberEnd]), value.isFinite else { return nil }
        guard let unit = Self.unitNames[unitText] else { return nil }
        self.init(points: value * unit.points)
    }
}

