import Foundation
import Geometry
import YAMLSupport

/// Reads an order from CSV: a header row naming `series` and either `quantity` or `camera` (any case), optionally
/// `location`, every other column becoming a field; UTF-8, quoted fields, CRLF or LF line ends.
///
/// Errors name the file, the line (counting line breaks inside quoted fields) and the column.
public enum OrderCSVReader {
    /// Reads and parses an order file; `name` is how errors name it (the path as given). `unprintable`, when given,
    /// answers the first character of a text that no installed font prints, so that such a character in a cell that
    /// tags print (camera, location, extra columns) fails here, at its line and column, instead of at render time.
    public static func read(path: String, name: String? = nil,
                            unprintable: ((String) throws -> Unicode.Scalar?)? = nil) throws -> Order {
        // Read with a bound: an order is a few thousand lines, and a stray multi-gigabyte file must not fill memory.
        switch YAMLSource.load(path: path, limit: maxBytes) {
        case .failure(let failure):
            throw OrderError.unreadable(path: path, reason: failure.reason)
        case .success(let bytes) where bytes.count > maxBytes:
            throw OrderError.unreadable(path: path, reason: "the file is larger than the limit of \(maxBytes) bytes for an order")
        case .success(let bytes):
            return try parse(Data(bytes), name: name ?? path, unprintable: unprintable)
        }
    }

    /// The largest order file read: 64 MiB, far above any real order.
    public static let maxBytes = 64 << 20

    /// The most characters in one cell, as for a text field of any YAML file.
    public static let maxCellLength = YAMLReader.textLimit

    /// Parses an order from the bytes of a CSV file; see `read(path:name:unprintable:)` for `unprintable`.
    public static func parse(_ data: Data, name: String, unprintable: ((String) throws -> Unicode.Scalar?)? = nil) throws -> Order {
        guard let text = String(validating: data, as: UTF8.self) else {
            throw OrderError.notUTF8(OrderLocation(file: name, line: firstBadLine(data)))
        }
        // A byte-order mark from spreadsheet exports is not part of the first column's name.
        var scanner = OrderCSVScanner(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text, file: name)
        var header: [String]?
        var headerLine = 1
        var columns: Columns?
        var lines: [OrderLine] = []
        while let cells = try scanner.nextRow() {
            let at = scanner.location(of: cells[0]).withoutColumn
            // Every cell, header included, is one line of printable text within the length limit.
            for (index, cell) in cells.enumerated() {
                try check(cell, column: header.map { index < $0.count ? $0[index] : "\(index + 1)" } ?? "", in: scanner)
            }
            let row = cells.map(\.text)
            // Blank lines (and a last line break) carry nothing.
            if row.allSatisfy({ $0.trimmingWhitespace().isEmpty }) { continue }
            guard let names = header else {
                let names = row.map { $0.trimmingWhitespace() }
                header = names
                headerLine = at.line ?? 1
                columns = try Columns(names, at: at)
                continue
            }
            guard let columns else { continue }
            if row.count > names.count, row[names.count...].contains(where: { !$0.trimmingWhitespace().isEmpty }) {
                throw OrderError.extraCells(at, count: row.count, columns: names.count)
            }
            func cell(_ index: Int?) -> String {
                guard let index, index < row.count else { return "" }
                return row[index].trimmingWhitespace()
            }
            if let unprintable {
                for index in [columns.camera, columns.location].compactMap({ $0 }) + columns.extra where index < cells.count {
                    try checkGlyphs(cells[index], column: names[index], in: scanner, unprintable: unprintable)
                }
            }
            let series = cell(columns.series)
            guard !series.isEmpty else { throw OrderError.emptyCell(at, column: names[columns.series]) }
            if let quantityColumn = columns.quantity {
                let text = cell(quantityColumn)
                guard let quantity = Int(text), quantity >= 1 else {
                    throw text.isEmpty ? OrderError.emptyCell(at, column: names[quantityColumn]) : OrderError.badQuantity(at, column: names[quantityColumn], value: text)
                }
                var fields: [String: String] = [:]
                for index in columns.extra { fields[names[index]] = cell(index) }
                lines.append(OrderLine(series: series, quantity: quantity, location: cell(columns.location), fields: fields, source: at))
            } else if let cameraColumn = columns.camera {
                let id = cell(cameraColumn)
                guard !id.isEmpty else { throw OrderError.emptyCell(at, column: names[cameraColumn]) }
                var fields: [String: String] = [:]
                for index in columns.extra { fields[names[index]] = cell(index) }
                let camera = OrderCamera(id: id, location: cell(columns.location), fields: fields, source: at)
                // Consecutive cameras of one series make one line, so an order reads as its series blocks.
                if let last = lines.last, last.series == series, !last.cameras.isEmpty {
                    lines[lines.count - 1].cameras.append(camera)
                    lines[lines.count - 1].quantity += 1
                } else {
                    lines.append(OrderLine(series: series, cameras: [camera], source: at))
                }
            }
        }
        guard let names = header, let columns else { throw OrderError.empty(OrderLocation(file: name, line: 1)) }
        guard !lines.isEmpty else { throw OrderError.empty(OrderLocation(file: name, line: headerLine)) }
        return Order(lines: lines, fieldNames: columns.extra.map { names[$0] }, source: name)
    }

    /// Refuses a cell with a line break, a control character (a tab only around the text, where it is trimmed) or
    /// more than `maxCellLength` characters; `column` is empty for a header cell.
    private static func check(_ cell: OrderCSVScanner.Cell, column: String, in scanner: OrderCSVScanner) throws(OrderError) {
        let scalars = Array(cell.text.unicodeScalars)
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" }
        let first = scalars.firstIndex { !isSpace($0) } ?? scalars.count
        let last = scalars.lastIndex { !isSpace($0) } ?? -1
        for (offset, scalar) in scalars.enumerated() {
            let value = scalar.value
            if scalar == "\n" || scalar == "\r" || value == 0x85 || value == 0x2028 || value == 0x2029 {
                throw OrderError.lineBreak(scanner.location(of: cell, scalar: offset), column: column)
            }
            // Unicode's control characters (category Cc): U+0000-U+001F and U+007F-U+009F.
            guard value < 0x20 || (0x7F...0x9F).contains(value) else { continue }
            if scalar == "\t", offset < first || offset > last { continue }
            throw OrderError.controlCharacter(scanner.location(of: cell, scalar: offset), column: column,
                                              code: OrderError.code(scalar))
        }
        // UTF-8 bytes are at least as many as characters, so most cells are settled by the byte count alone.
        if cell.text.utf8.count > maxCellLength, cell.text.count > maxCellLength {
            throw OrderError.cellTooLong(scanner.location(of: cell), column: column, length: cell.text.count, limit: maxCellLength)
        }
    }

    /// Refuses a cell holding a character that no installed font prints, at that character.
    private static func checkGlyphs(_ cell: OrderCSVScanner.Cell, column: String, in scanner: OrderCSVScanner,
                                    unprintable: (String) throws -> Unicode.Scalar?) throws {
        let text = cell.text.trimmingWhitespace()
        guard !text.isEmpty, let scalar = try unprintable(text) else { return }
        let offset = Array(cell.text.unicodeScalars).firstIndex(of: scalar) ?? 0
        throw OrderError.unprintable(scanner.location(of: cell, scalar: offset), column: column, code: OrderError.code(scalar))
    }

    /// The columns an order header names, by index.
    private struct Columns {
        var series: Int
        var quantity: Int?
        var camera: Int?
        var location: Int?
        var extra: [Int] = []

        init(_ names: [String], at: OrderLocation) throws {
            func find(_ wanted: String) -> Int? { names.firstIndex { $0.lowercased() == wanted } }
            // A first row naming none of an order's columns is not a header at all (say, `--order /etc/passwd`): said
            // so without quoting any of it.
            guard ["series", "quantity", "camera", "location"].contains(where: { find($0) != nil }) else { throw OrderError.notAnOrder(at) }
            var seen: Set<String> = []
            for name in names where !name.isEmpty {
                guard seen.insert(name.lowercased()).inserted else { throw OrderError.duplicateColumn(at, column: name) }
            }
            guard let series = find("series") else { throw OrderError.missingColumn(at, column: "series") }
            self.series = series
            quantity = find("quantity")
            camera = find("camera")
            location = find("location")
            if quantity != nil, camera != nil { throw OrderError.quantityAndCamera(at) }
            guard quantity != nil || camera != nil else { throw OrderError.missingColumn(at, column: "quantity or camera") }
            let named = Set([series, quantity, camera, location].compactMap { $0 })
            for (index, name) in names.enumerated() where !named.contains(index) && !name.isEmpty {
                guard name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }) else {
                    throw OrderError.badColumnName(at, column: name)
                }
                extra.append(index)
            }
        }
    }

    /// The line of the first byte that is not valid UTF-8.
    static func firstBadLine(_ data: Data) -> Int {
        let bytes = [UInt8](data)
        var line = 1
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return line
            }
            guard i + length <= bytes.count else { return line }
            for j in 1..<max(length, 1) where bytes[i + j] & 0xC0 != 0x80 { return line }
            if b == 0x0A { line += 1 }
            i += length
        }
        return line
    }
}
