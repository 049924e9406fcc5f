/// A footnote of the comparison sheet: a catalog footnote renumbered for the sheet, because series reuse the same marks for different notes.
public struct ComparisonNote: Sendable, Equatable {
    /// The note's number on the sheet, from 1.
    public var number: Int
    /// The series the note belongs to, e.g. "PRO Series".
    public var subjects: [String]
    /// The catalog footnote's text.
    public var text: String

    /// The mark printed in a cell: a superscript number.
    public var mark: String { Self.superscript(number) }

    /// A number in superscript digits.
    public static func superscript(_ number: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(number).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }
}
