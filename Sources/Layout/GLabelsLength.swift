import Foundation
import Geometry

/// Lengths as gLabels writes them: a number and an optional unit (pt, in, mm, cm, pc); no unit means points.
enum GLabelsLength {
    /// Points per unit, for every unit the template DTD allows.
    static let units: [String: Double] = ["pt": 1, "in": 72, "mm": 72 / 25.4, "cm": 72 / 2.54, "pc": 12]

    /// The length a gLabels attribute value means, or nil when it is not a number with one of gLabels' units.
    static func parse(_ text: String) -> Length? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let unitStart = trimmed.lastIndex(where: { !$0.isLetter }).map(trimmed.index(after:)) ?? trimmed.startIndex
        let unit = String(trimmed[unitStart...]).lowercased()
        let number = trimmed[..<unitStart].trimmingCharacters(in: .whitespaces)
        guard let perUnit = unit.isEmpty ? 1 : units[unit], let value = Double(number), value.isFinite else { return nil }
        return .pt(value * perUnit)
    }
}
