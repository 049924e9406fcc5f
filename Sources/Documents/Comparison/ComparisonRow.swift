import LeadCatalog
import Localization

/// One row of the comparison: a capability (or the lead count) and each series' value, counted from the catalog.
public struct ComparisonRow: Sendable, Equatable {
    /// What a row compares.
    public enum Subject: Sendable, Equatable, Hashable {
        /// The number of groups of one kind (Table 3).
        case capability(GroupKind)
        /// The number of flying leads.
        case leadCount
    }

    /// What the row compares.
    public var subject: Subject
    /// Each series' count, in column order.
    public var counts: [Int]
    /// The sheet notes each series' value refers to, in column order.
    public var notes: [[Int]]

    /// The row's label in a language and a buyer's words: what the camera gives them, e.g. "Alarm inputs (sensors, contacts)".
    public func label(in strings: Strings) throws -> String {
        let key: StringKey = switch subject {
        case .leadCount: .rowFlyingLeads
        case .capability(.alarmInput): .rowAlarmInputs
        case .capability(.alarmOutput): .rowAlarmOutputs
        case .capability(.microphoneInput): .rowMicrophoneInputs
        case .capability(.audioOutput): .rowAudioOutputs
        case .capability(.ground): .rowGround
        case .capability(.rs485): .rowRS485
        }
        return try strings.text(key)
    }

    /// Whether the row says whether a series has a thing (yes or no) rather than how many.
    public var isPresence: Bool {
        switch subject {
        case .capability(.ground), .capability(.rs485): counts.allSatisfy { $0 <= 1 }
        default: false
        }
    }

    /// Whether the series differ in this row.
    public var differs: Bool { Set(counts).count > 1 }

    /// The text of a series' cell: "Yes" or "No" for a presence row, else the count in the language's digits or "none" for zero,
    /// followed by its note marks.
    public func cellText(_ column: Int, in strings: Strings) throws -> String {
        let count = counts[column]
        let value = isPresence ? try strings.text(count == 0 ? .compareNo : .compareYes)
            : count == 0 ? try strings.text(.compareNone) : strings.number(count)
        let marks = notes[column].map(ComparisonNote.superscript).joined(separator: ",")
        return marks.isEmpty ? value : value + " " + marks
    }
}
