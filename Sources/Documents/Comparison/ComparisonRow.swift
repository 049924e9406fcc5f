import LeadCatalog

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

    /// The row's label in a buyer's words: what the camera gives them, e.g. "Alarm inputs (sensors, contacts)".
    public var label: String {
        switch subject {
        case .leadCount: "Flying leads in total"
        case .capability(let kind):
            switch kind {
            case .alarmInput: "Alarm inputs (sensors, contacts)"
            case .alarmOutput: "Alarm outputs (sirens, relays)"
            case .microphoneInput: "Microphone inputs"
            case .audioOutput: "Audio outputs (speakers)"
            case .ground: "Dedicated chassis ground lead"
            case .rs485: "RS-485 serial connection"
            }
        }
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

    /// The text of a series' cell: "Yes" or "No" for a presence row, else the count or "none", followed by its note marks.
    public func cellText(_ column: Int) -> String {
        let count = counts[column]
        let value = isPresence ? (count == 0 ? "No" : "Yes") : (count == 0 ? "none" : String(count))
        let marks = notes[column].map(ComparisonNote.superscript).joined(separator: ",")
        return marks.isEmpty ? value : value + " " + marks
    }
}
