/// What can go wrong reading an order; every case says where, and which column or value is at fault.
public enum OrderError: Error, Equatable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(path: String, reason: String)
    /// The bytes at this line are not UTF-8.
    case notUTF8(OrderLocation)
    /// The file has no header row or no order rows.
    case empty(OrderLocation)
    /// The header lacks a column the order needs.
    case missingColumn(OrderLocation, column: String)
    /// The header names a column twice (names compare without case).
    case duplicateColumn(OrderLocation, column: String)
    /// The header has both `quantity` and `camera`; an order uses one or the other.
    case quantityAndCamera(OrderLocation)
    /// A header name cannot be used as a template field.
    case badColumnName(OrderLocation, column: String)
    /// A row has more cells than the header has columns.
    case extraCells(OrderLocation, count: Int, columns: Int)
    /// A required cell is empty.
    case emptyCell(OrderLocation, column: String)
    /// The series is not in the catalog.
    case unknownSeries(OrderLocation, column: String, value: String, known: [String])
    /// The quantity is not a whole number of 1 or more.
    case badQuantity(OrderLocation, column: String, value: String)
    /// A camera ID is used twice in one order.
    case duplicateCamera(OrderLocation, column: String, value: String, first: OrderLocation)
    /// The order adds up to more cameras than one job tags.
    case tooManyCameras(OrderLocation, count: Int, limit: Int)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read order \(Self.short(path)): \(Self.short(reason))"
        case .notUTF8(let at): "\(at): the text is not UTF-8 (save the order as CSV UTF-8)"
        case .empty(let at): "\(at): the order has no rows (a header row naming series and quantity or camera, then one row per line)"
        case .missingColumn(let at, let column): "\(at): missing column \(Self.short(column)) (the header must name series, and quantity or camera)"
        case .duplicateColumn(let at, let column): "\(at): column \(Self.short(column)) is named twice"
        case .quantityAndCamera(let at): "\(at): columns quantity and camera: an order lists quantities or one row per camera, not both"
        case .badColumnName(let at, let column): "\(at): column '\(Self.short(column))' cannot be a template field (use letters, digits, - and _)"
        case .extraCells(let at, let count, let columns): "\(at): \(count) cells, but the header names \(columns) columns"
        case .emptyCell(let at, let column): "\(at): column \(Self.short(column)): empty"
        case .unknownSeries(let at, let column, let value, let known):
            "\(at): column \(Self.short(column)): unknown series '\(Self.short(value))' (known: \(known.joined(separator: ", ")))"
        case .badQuantity(let at, let column, let value): "\(at): column \(Self.short(column)): quantity must be a whole number of 1 or more (got '\(Self.short(value))')"
        case .duplicateCamera(let at, let column, let value, let first): "\(at): column \(Self.short(column)): camera '\(Self.short(value))' is already listed at \(first)"
        case .tooManyCameras(let at, let count, let limit): "\(at): the order lists \(count) cameras; one job tags at most \(limit)"
        }
    }

    /// A value cut to one readable line.
    static func short(_ value: String) -> String {
        let oneLine = value.unicodeScalars.map { $0.properties.generalCategory == .control ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
        return oneLine.count > 60 ? String(oneLine.prefix(57)) + "..." : oneLine
    }
}
