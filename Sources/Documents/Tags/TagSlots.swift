import Geometry
import Layout

/// Where the units of a tag job (single tags, or the two tags of a wire) start on a sheet.
///
/// A wire's two tags go on two neighbouring labels of one row, so a pair is peeled side by side; a label that would
/// split a pair across rows (the last of an odd row) is left blank. On a sheet of one column, pairs stack instead.
struct TagSlots {
    /// The first label position of each unit, in fill order.
    let starts: [Int]
    /// For each label position, the unit printed there and the tag's place within it, or nil for a blank.
    let slotAt: [(unit: Int, within: Int)?]

    /// The slots of a sheet from label position `first` (0-based) on.
    init(grid: LabelGrid, unit: Int, from first: Int) {
        let origins = grid.origins
        var starts: [Int] = []
        if unit == 1 {
            starts = Array(first..<origins.count)
        } else {
            var p = first
            while p + 1 < origins.count {
                // Neighbours in one row: the same top edge, the second to the right of the first.
                if origins[p].y == origins[p + 1].y, origins[p + 1].x > origins[p].x { starts.append(p); p += 2 } else { p += 1 }
            }
            if starts.isEmpty, !Self.hasRowPairs(origins) {
                starts = Array(stride(from: first, to: origins.count - 1, by: 2))
            }
        }
        var slotAt: [(unit: Int, within: Int)?] = Array(repeating: nil, count: origins.count)
        for (u, start) in starts.enumerated() {
            for r in 0..<unit { slotAt[start + r] = (u, r) }
        }
        self.starts = starts; self.slotAt = slotAt
    }

    /// Whether any two neighbouring labels of the sheet share a row.
    private static func hasRowPairs(_ origins: [Point]) -> Bool {
        origins.indices.dropLast().contains { origins[$0].y == origins[$0 + 1].y && origins[$0 + 1].x > origins[$0].x }
    }
}
