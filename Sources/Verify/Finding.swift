/// One thing wrong on a scanned sheet, at a label position, in the words and fields a report gives it.
public struct Finding: Sendable, Codable, Equatable {
    /// What is wrong.
    public enum Kind: String, Sendable, Codable {
        /// The label is blank where the job printed a tag.
        case missing
        /// Ink where the code should be, and no code could be read.
        case unreadable
        /// The tag of another label is printed here as well as on its own.
        case duplicated
        /// This label and another carry each other's tags.
        case swapped
        /// A tag printed on the wrong label, or off its place on its label.
        case outOfPlace = "out-of-place"
        /// A code on a label the job leaves empty, or one the job does not print.
        case unexpected
        /// The sheet was started at another label than the job's start.
        case wrongStart = "wrong-start"
        /// A code read, but smaller, with less quiet zone or contrast than asked (indicative).
        case symbolQuality = "symbol-quality"
    }

    public var kind: Kind
    /// The sheet, from 1.
    public var sheet: Int
    /// The label number on the sheet (from 1, fill order), its row and column (from 1).
    public var label: Int, row: Int, column: Int
    /// The tag the job put on this label (`CAM-01 PRO lead 3 'V+'`), if any.
    public var expectedTag: String?
    /// The payload expected, and the one read (nil when none).
    public var expected: String?, found: String?
    /// The camera and lead, for the installer's list.
    public var camera: String?, lead: Int?
    /// The other label involved (swapped with, duplicate of, belongs on), from 1.
    public var otherLabel: Int?
    /// One line saying what is wrong.
    public var detail: String

    /// The line a human summary prints: `sheet 1 label 7 (row 3, column 1): swapped with label 8: ...`.
    public var line: String { "sheet \(sheet) label \(label) (row \(row), column \(column)): \(kind.rawValue): \(detail)" }
}
