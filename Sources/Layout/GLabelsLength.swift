import Foundation
import Geometry

/// Lengths as gLabels writes them: a number and an optional unit (pt, in, mm, cm, pc); no unit means points.
///
/// Read the way libglabels reads them (`lgl_xml_get_prop_length`): a value with no number is 0 and an
/// unknown unit is points. Both are reported, since a template file that relies on them is probably wrong.
enum GLabelsLength {
    /// Points per unit, for every unit the template DTD allows.
    static let units: [String: Double] = ["pt": 1, "in": 72, "mm": 72 / 25.4, "cm": 72 / 2.54, "pc": 12]

    /// A length read, with what was assumed to read it.
    struct Reading {
        var length: Length
        /// Set when the text was not a number with a known unit and gLabels' reading was used.
        var assumption: String?
    }

    /// The length an attribute value means.
    static func read(_ text: String) -> Reading {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        let start = i
        if i < scalars.count, scalars[i] == "+" || scalars[i] == "-" { i += 1 }
        var digits = 0
        while i < scalars.count, ("0"..."9").contains(scalars[i]) { i += 1; digits += 1 }
        if i < scalars.count, scalars[i] == "." {
            i += 1
            while i < scalars.count, ("0"..."9").contains(scalars[i]) { i += 1; digits += 1 }
        }
        guard digits > 0 else { return Reading(length: .zero, assumption: "no number: read as 0, as gLabels does") }
        var end = i
        if i < scalars.count, scalars[i] == "e" || scalars[i] == "E" {
            var j = i + 1
            if j < scalars.count, scalars[j] == "+" || scalars[j] == "-" { j += 1 }
            let exponentStart = j
            while j < scalars.count, ("0"..."9").contains(scalars[j]) { j += 1 }
            if j > exponentStart { end = j }
        }
        let number = Double(String(String.UnicodeScalarView(scalars[start..<end]))) ?? 0
        let unit = String(String.UnicodeScalarView(scalars[end...])).trimmingWhitespace()
        if unit.isEmpty { return Reading(length: .pt(number), assumption: nil) }
        guard let perUnit = units[unit.lowercased()] else {
            return Reading(length: .pt(number), assumption: "unknown unit '\(unit)': read as points, as gLabels does")
        }
        return Reading(length: .pt(number * perUnit), assumption: nil)
    }

    /// The length of a value that is a number with a known unit (or none), else nil.
    static func parse(_ text: String) -> Length? {
        let reading = read(text)
        return reading.assumption == nil ? reading.length : nil
    }
}
