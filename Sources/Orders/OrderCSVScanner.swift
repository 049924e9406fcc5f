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
        /// Where the cell's first scalar is in the file (its opening quote when quoted).
        var start: String.Index
        /// Where the text's first scalar is in the file.
        var contentStart: String.Index
        /// Offsets in `text` of quotes that were written doubled, so later text sits one scalar further on.
        var escapes: [Int] = []
    }

    /// The text, walked in place: an array of its scalars would take four bytes for every byte of the order.
    private let scalars: String.UnicodeScalarView
    private let file: String
    private var index: String.Index
    /// Where each line starts, so that places are worked out only for the cell a message names.
    private var lineStarts: [String.Index]

    /// A scanner over `text`; `file` names it in errors.
    init(_ text: String, file: String) {
        scalars = text.unicodeScalars
        index = scalars.startIndex
        lineStarts = [scalars.startIndex]
        self.file = file
    }

    private var atEnd: Bool { index == scalars.endIndex }

    /// The next row, or nil at the end of the text; fails on a quote that is never closed or text after a closing quote.
    mutating func nextRow() throws(OrderError) -> [Cell]? {
        guard !atEnd else { return nil }
        var row: [Cell] = []
        while true {
            row.append(try nextCell())
            guard !atEnd else { return row }
            let separator = scalars[index]
            index = scalars.index(after: index)
            if separator == "," { continue }
            // A line end: CRLF counts once.
            if separator == "\r", !atEnd, scalars[index] == "\n" { index = scalars.index(after: index) }
            lineStarts.append(index)
            return row
        }
    }

    /// The file, line and column (from 1, columns in characters as editors count them) of the scalar at `fileIndex`.
    func location(ofIndex fileIndex: String.Index) -> OrderLocation {
        // The last line starting at or before the index.
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= fileIndex { low = middle } else { high = middle - 1 }
        }
        let prefix = String(scalars[lineStarts[low]..<fileIndex])
        return OrderLocation(file: file, line: low + 1, column: prefix.count + 1)
    }

    /// Where the `offset`-th scalar of a cell's text is: a doubled quote before it puts it one scalar further on.
    func location(of cell: Cell, scalar offset: Int) -> OrderLocation {
        let skipped = cell.escapes.reduce(0) { $0 + ($1 < offset ? 1 : 0) }
        return location(ofIndex: scalars.index(cell.contentStart, offsetBy: offset + skipped))
    }

    /// Where a cell starts.
    func location(of cell: Cell) -> OrderLocation { location(ofIndex: cell.start) }

    /// One cell, leaving `index` on the separator after it (or at the end).
    private mutating func nextCell() throws(OrderError) -> Cell {
        // Spaces before an opening quote are allowed (`PRO, "Dock 1, north"`): the cell is the quoted text.
        var look = index
        while look != scalars.endIndex, scalars[look] == " " { look = scalars.index(after: look) }
        guard look != scalars.endIndex, scalars[look] == "\"" else { return unquotedCell() }
        let opening = look
        index = scalars.index(after: opening)
        var cell = Cell(text: "", start: opening, contentStart: index)
        var text = String.UnicodeScalarView()
        var count = 0
        while true {
            guard !atEnd else { throw OrderError.unterminatedQuote(location(ofIndex: opening)) }
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if scalar == "\"" {
                guard !atEnd, scalars[index] == "\"" else { break }
                cell.escapes.append(count)
                index = scalars.index(after: index)
            }
            text.append(scalar)
            count += 1
            // Line breaks inside quotes are kept (the reader refuses them, at their place); lines are counted through them.
            if scalar == "\n" || (scalar == "\r" && (atEnd || scalars[index] != "\n")) { lineStarts.append(index) }
        }
        // Only spaces may follow the closing quote: `"Dock 1"x` is a broken cell, not `Dock 1x`.
        while !atEnd, scalars[index] == " " { index = scalars.index(after: index) }
        if !atEnd, !Self.isSeparator(scalars[index]) { throw OrderError.textAfterQuote(location(ofIndex: index)) }
        cell.text = String(text)
        return cell
    }

    private mutating func unquotedCell() -> Cell {
        let start = index
        while !atEnd, !Self.isSeparator(scalars[index]) { index = scalars.index(after: index) }
        return Cell(text: String(scalars[start..<index]), start: start, contentStart: start)
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool { scalar == "," || scalar == "\n" || scalar == "\r" }
}
