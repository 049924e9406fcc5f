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
    /// A quoted cell whose quote is never closed (at the opening quote).
    case unterminatedQuote(OrderLocation)
    /// Text between a cell's closing quote and the next comma or line end.
    case textAfterQuote(OrderLocation)
    /// A line break inside a cell (at the break); `column` is empty for a header cell.
    case lineBreak(OrderLocation, column: String)
    /// A control character inside a cell (at the character), as `U+XXXX`.
    case controlCharacter(OrderLocation, column: String, code: String)
    /// A cell longer than the limit for one field.
    case cellTooLong(OrderLocation, column: String, length: Int, limit: Int)
    /// A character that no installed font prints (at the character), as `U+XXXX`.
    case unprintable(OrderLocation, column: String, code: String)
    /// The first row names none of an order's columns: the file is not an order CSV (its content is not quoted back).
    case notAnOrder(OrderLocation)

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
        case .unterminatedQuote(let at): "\(at): this quote is never closed (a quoted cell ends with \" before the next comma or line end)"
        case .textAfterQuote(let at): "\(at): text after a closing quote (write a quote inside a quoted cell as \"\")"
        case .lineBreak(let at, let column): "\(at): \(Self.cell(column))a line break inside a cell (each cell is one line)"
        case .controlCharacter(let at, let column, let code): "\(at): \(Self.cell(column))control character \(code) in a cell"
        case .cellTooLong(let at, let column, let length, let limit): "\(at): \(Self.cell(column))\(length) characters, more than the limit of \(limit)"
        case .unprintable(let at, let column, let code): "\(at): column \(Self.short(column)): no installed font has a glyph for \(code)"
        case .notAnOrder(let at): "\(at): not an order CSV: the first row must be a header naming series and quantity or camera"
        }
    }

    /// "column NAME: " for a cell of an order row; nothing for a header cell, whose text may not be a name at all.
    static func cell(_ column: String) -> String { column.isEmpty ? "" : "column \(short(column)): " }

    /// A character's code point as `U+XXXX`.
    static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// A value cut to one readable line.
    static func short(_ value: String) -> String {
        let oneLine = value.unicodeScalars.map { $0.properties.generalCategory == .control ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
        return oneLine.count > 60 ? String(oneLine.prefix(57)) + "..." : oneLine
    }
}
