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

    /// The row's label, e.g. "Alarm inputs".
    public var label: String {
        switch subject {
        case .leadCount: "Flying leads"
        case .capability(let kind):
            switch kind {
            case .ground, .rs485: kind.displayName
            default: kind.displayName + "s"
            }
        }
    }

    /// Whether the series differ in this row.
    public var differs: Bool { Set(counts).count > 1 }

    /// The text of a series' cell: the count, "none" for zero, followed by its note marks.
    public func cellText(_ column: Int) -> String {
        let count = counts[column]
        let value = count == 0 ? "none" : String(count)
        let marks = notes[column].map(ComparisonNote.superscript).joined(separator: ",")
        return marks.isEmpty ? value : value + " " + marks
    }
}
