import DisplayList
import Geometry
import Typesetting

/// Lays out table rows across a width: columns by fixed width or share of the rest, text fitted into padded cells, never clipped.
///
/// Rows are placed one at a time, so a caller can measure a row, decide whether it still fits the page, and start a new page if not.
public struct TableLayout {
    /// How wide a column is.
    public enum Width: Sendable, Hashable {
        /// Exactly this wide.
        case fixed(Length)
        /// A share of the width the fixed columns leave, in proportion to the other shares.
        case share(Double)
    }

    /// One column: its width and the default placement of its text.
    public struct Column: Sendable, Hashable {
        /// The column's width.
        public var width: Width
        /// Placement of text across the column's cells.
        public var alignment: HorizontalAlignment

        /// Creates a column.
        public init(_ width: Width, alignment: HorizontalAlignment = .leading) {
            self.width = width
            self.alignment = alignment
        }
    }

    /// The columns, left to right.
    public let columns: [Column]
    /// The left edge of the table.
    public let x: Length
    /// The table's width.
    public let width: Length
    /// Space between a cell's edge and its text, left and right.
    public var horizontalPadding: Length
    /// Space between a cell's edge and its text, top and bottom.
    public var verticalPadding: Length
    /// Line pitch of wrapped text, as a multiple of its size.
    public var leading: Double = 1.2
    /// Whether columns run from the right edge leftwards (Arabic): column 0 sits at the right, leading alignment hugs the right
    /// edge, and a cell's leading reserve is kept at its right.
    public var rightToLeft = false

    private let typesetter: Typesetter

    /// Creates a layout of `columns` across `width` from `x`; fails when the fixed columns leave no room.
    public init(columns: [Column], x: Length, width: Length, horizontalPadding: Length = .pt(4), verticalPadding: Length = .pt(3),
                typesetter: Typesetter) throws {
        let fixed = columns.reduce(Length.zero) { sum, column in
            if case .fixed(let w) = column.width { return sum + w } else { return sum }
        }
        guard fixed <= width + .pt(0.001) else {
            throw LayoutError.doesNotFit("table columns need \(fixed) but only \(width) is available")
        }
        self.columns = columns
        self.x = x
        self.width = width
        self.horizontalPadding = horizontalPadding
        self.verticalPadding = verticalPadding
        self.typesetter = typesetter
    }

    /// The left edge and width of every column, in order.
    public var columnExtents: [(minX: Length, width: Length)] {
        var fixed = Length.zero, shares = 0.0
        for column in columns {
            switch column.width {
            case .fixed(let w): fixed += w
            case .share(let s): shares += s
            }
        }
        let free = width - fixed
        var left = x
        return columns.map { column in
            let w: Length = switch column.width {
            case .fixed(let w): w
            case .share(let s): shares > 0 ? free * (s / shares) : .zero
            }
            defer { left += w }
            return (rightToLeft ? x * 2 + width - left - w : left, w)
        }
    }

    /// The rect of column `index` between two heights.
    public func columnRect(_ index: Int, top: Length, height: Length) -> Rect {
        let extent = columnExtents[index]
        return Rect(x: extent.minX, y: top, width: extent.width, height: height)
    }

    /// The height a row needs: its tallest cell with padding, at least its minimum height.
    public func height(of row: TableRow) throws -> Length {
        try check(row)
        var tallest = row.minimumHeight
        for (index, cell) in row.cells.enumerated() where !cell.text.isEmpty {
            tallest = max(tallest, try textHeight(cell, width: contentWidth(cell, column: index), context: context(row, index)) + verticalPadding * 2)
        }
        return tallest
    }

    /// Places a row with its top edge at `top`; its height is `height(of:)`.
    public func place(_ row: TableRow, top: Length) throws -> PlacedTableRow {
        let height = try height(of: row)
        let rowRect = Rect(x: x, y: top, width: width, height: height)
        var items: [Item] = []
        if let fill = row.fill { items.append(.shape(.rect(rowRect, fill: fill))) }
        var cells: [PlacedTableRow.Cell] = []
        for (index, cell) in row.cells.enumerated() {
            let cellRect = columnRect(index, top: top, height: height)
            if let fill = cell.fill { items.append(.shape(.rect(cellRect, fill: fill))) }
            let content = rightToLeft
                ? cellRect.inset(top: verticalPadding, left: horizontalPadding, bottom: verticalPadding, right: horizontalPadding + cell.leadingReserve)
                : cellRect.inset(top: verticalPadding, left: horizontalPadding + cell.leadingReserve, bottom: verticalPadding, right: horizontalPadding)
            var placed = PlacedTableRow.Cell(column: index, rect: cellRect, contentRect: content, text: cell.text,
                                             size: nil, inkBounds: nil, lineBounds: [])
            if !cell.text.isEmpty {
                let logical = cell.alignment ?? columns[index].alignment
                let alignment: HorizontalAlignment = switch (rightToLeft, logical) {
                case (true, .leading): .trailing
                case (true, .trailing): .leading
                default: logical
                }
                if cell.wraps {
                    let paragraph = try ParagraphFitter(typesetter: typesetter).fit(
                        cell.text, font: cell.font, in: content, maximum: cell.size, minimum: cell.minimumSize, leading: leading,
                        horizontal: alignment, vertical: .center, color: cell.color, context: context(row, index))
                    placed.size = paragraph.size
                    placed.lineBounds = paragraph.lines.map(\.lineBounds)
                    placed.inkBounds = Self.union(paragraph.lines.map(\.inkBounds))
                    items += paragraph.items
                } else {
                    let line = try TextFitter(typesetter: typesetter).fit(
                        cell.text, font: cell.font, in: content, maximum: cell.size, minimum: cell.minimumSize,
                        horizontal: alignment, vertical: .center, color: cell.color, context: context(row, index))
                    placed.size = line.size
                    placed.lineBounds = [line.lineBounds]
                    placed.inkBounds = line.inkBounds
                    items += line.items
                }
            }
            cells.append(placed)
        }
        if let rule = row.rule {
            items.append(.shape(.line(from: Point(x: rowRect.minX, y: rowRect.maxY), to: Point(x: rowRect.maxX, y: rowRect.maxY), stroke: rule)))
        }
        return PlacedTableRow(name: row.name, rect: rowRect, cells: cells, items: items)
    }

    private func check(_ row: TableRow) throws {
        guard row.cells.count == columns.count else {
            throw LayoutError.doesNotFit("table row '\(row.name)' has \(row.cells.count) cells for \(columns.count) columns")
        }
    }

    private func contentWidth(_ cell: TableCell, column: Int) -> Length {
        columnExtents[column].width - horizontalPadding * 2 - cell.leadingReserve
    }

    private func context(_ row: TableRow, _ column: Int) -> String {
        row.cells[column].subject ?? "table row '\(row.name)', column \(column + 1)"
    }

    /// The height of a cell's text: one line at its preferred size, or every wrapped line.
    private func textHeight(_ cell: TableCell, width: Length, context: String) throws -> Length {
        let shaped = try typesetter.shape(cell.text, font: cell.font)
        guard cell.wraps else { return shaped.lineHeight(at: cell.size) }
        // A box too tall to matter lets the fitter choose the lines at the preferred size; the row then takes their height.
        let tall = Rect(x: .zero, y: .zero, width: width, height: .pt(100_000))
        let paragraph = try ParagraphFitter(typesetter: typesetter).fit(cell.text, font: cell.font, in: tall, maximum: cell.size,
                                                                        minimum: cell.minimumSize, leading: leading, context: context)
        return paragraph.bounds?.height ?? .zero
    }

    private static func union(_ rects: [Rect]) -> Rect? {
        rects.reduce(nil) { $0?.union($1) ?? $1 }
    }
}
