/// Splits CSV text (RFC 4180: comma-separated, double-quoted fields with `""` for a quote, CRLF, LF or CR
/// line ends) into rows of cells that can say where each of their characters is.
///
/// The CSV library leadprint used before accepted an unterminated quote by reading to the end of the file,
/// which silently merged every later camera into one cell, and it reports no positions at all; an order
/// needs both refused and located, so the order reader splits the text itself, strictly.
struct OrderCSVScanner {
    /// One cell: its text (quotes removed) and where its characters came from.
    struct Cell {
        var text: String
        /// The index of the cell's first scalar in the file (its opening quote when quoted).
        var start: Int
        /// The index in the file of the text's first scalar.
        var contentStart: Int
        /// Offsets in `text` of quotes that were written doubled, so later text sits one scalar further on.
        var escapes: [Int] = []

        /// The index in the file of the `offset`-th scalar of `text`.
        func fileIndex(ofScalar offset: Int) -> Int {
            contentStart + offset + escapes.reduce(0) { $0 + ($1 < offset ? 1 : 0) }
        }
    }

    private let scalars: [Unicode.Scalar]
    private let file: String
    private var index = 0
    /// The index of each line's first scalar, so that places are worked out only for the cell a message names.
    private var lineStarts = [0]

    /// A scanner over `text`; `file` names it in errors.
    init(_ text: String, file: String) {
        scalars = Array(text.unicodeScalars)
        self.file = file
    }

    /// The next row, or nil at the end of the text; fails on a quote that is never closed or text after a closing quote.
    mutating func nextRow() throws(OrderError) -> [Cell]? {
        guard index < scalars.count else { return nil }
        var row: [Cell] = []
        while true {
            row.append(try nextCell())
            guard index < scalars.count else { return row }
            let separator = scalars[index]
            index += 1
            if separator == "," { continue }
            // A line end: CRLF counts once.
            if separator == "\r", index < scalars.count, scalars[index] == "\n" { index += 1 }
            lineStarts.append(index)
            return row
        }
    }

    /// The file, line and column (from 1, columns in characters as editors count them) of the scalar at `fileIndex`.
    func location(ofIndex fileIndex: Int) -> OrderLocation {
        // The last line starting at or before the index.
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= fileIndex { low = middle } else { high = middle - 1 }
        }
        var prefix = String.UnicodeScalarView()
        prefix.append(contentsOf: scalars[lineStarts[low]..<min(fileIndex, scalars.count)])
        return OrderLocation(file: file, line: low + 1, column: String(prefix).count + 1)
    }

    /// Where the `offset`-th scalar of a cell's text is.
    func location(of cell: Cell, scalar offset: Int) -> OrderLocation { location(ofIndex: cell.fileIndex(ofScalar: offset)) }

    /// Where a cell starts.
    func location(of cell: Cell) -> OrderLocation { location(ofIndex: cell.start) }

    /// One cell, leaving `index` on the separator after it (or at the end).
    private mutating func nextCell() throws(OrderError) -> Cell {
        // Spaces before an opening quote are allowed (`PRO, "Dock 1, north"`): the cell is the quoted text.
        var look = index
        while look < scalars.count, scalars[look] == " " { look += 1 }
        guard look < scalars.count, scalars[look] == "\"" else { return unquotedCell() }
        let opening = look
        var cell = Cell(text: "", start: opening, contentStart: opening + 1)
        var text = String.UnicodeScalarView()
        var count = 0
        index = opening + 1
        while true {
            guard index < scalars.count else { throw OrderError.unterminatedQuote(location(ofIndex: opening)) }
            let scalar = scalars[index]
            index += 1
            if scalar == "\"" {
                guard index < scalars.count, scalars[index] == "\"" else { break }
                cell.escapes.append(count)
                index += 1
            }
            text.append(scalar)
            count += 1
            // Line breaks inside quotes are kept (the reader refuses them, at their place); lines are counted through them.
            if scalar == "\n" || (scalar == "\r" && !(index < scalars.count && scalars[index] == "\n")) { lineStarts.append(index) }
        }
        // Only spaces may follow the closing quote: `"Dock 1"x` is a broken cell, not `Dock 1x`.
        while index < scalars.count, scalars[index] == " " { index += 1 }
        if index < scalars.count, !Self.isSeparator(scalars[index]) { throw OrderError.textAfterQuote(location(ofIndex: index)) }
        cell.text = String(text)
        return cell
    }

    private mutating func unquotedCell() -> Cell {
        let start = index
        while index < scalars.count, !Self.isSeparator(scalars[index]) { index += 1 }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<index])
        return Cell(text: String(text), start: start, contentStart: start)
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool { scalar == "," || scalar == "\n" || scalar == "\r" }
}
