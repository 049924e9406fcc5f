import DisplayList
import Geometry
import Layout
import LeadCatalog
import Localization
import Typesetting

/// A page of lead tables side by side: each series' leads in wiring-table order, rows aligned by position so they read across.
struct LeadTablePage {
    let sheet: ComparisonSheet
    let frame: ComparisonPageFrame
    /// Indices of the series on this page.
    let series: Range<Int>
    /// The height of this page's lead rows: `leadRowHeight`, or more on a page the rows do not fill (see `openedRowHeight`).
    var rowHeight = Self.leadRowHeight

    /// The shared position column.
    static let positionWidth = Length.pt(18)
    /// The narrowest a series' table may be before the next series moves to another page.
    static let minimumSeriesWidth = Length.pt(240)
    /// Space between two series' tables.
    static let gap = Length.pt(8)
    /// The height of one lead row.
    static let leadRowHeight = Length.pt(15)
    /// The tallest a lead row opens to on a page it does not fill: at 28 pt its 7 pt text still reads as one table, not as loose lines
    /// (17 rows then end within a sixth of the body's foot on Letter and A4).
    static let maximumOpenedRowHeight = Length.pt(28)
    /// Room above the tables for the page's heading.
    static let headingHeight = Length.pt(34)
    static let swatchSize = Size(width: .pt(13), height: .pt(7))

    /// Space between the summary and a lead table that starts under it.
    static let gapAfterSummary = Length.pt(14)

    /// How many lead rows fit under the heading and table heads of a page of their own.
    static func rowsPerPage(sheet: ComparisonSheet, frame: ComparisonPageFrame, series: Range<Int>, typesetter: Typesetter) throws -> Int {
        let rows = try rowsPerPage(sheet: sheet, frame: frame, series: series, top: frame.body.minY, typesetter: typesetter)
        guard rows >= 1 else {
            throw DocumentError.doesNotFit(FitFailure(subject: "comparison sheet", preset: sheet.page.name, part: "a lead row"))
        }
        return rows
    }

    /// How many lead rows fit when the heading starts at `top` (0 when not even the heads fit).
    static func rowsPerPage(sheet: ComparisonSheet, frame: ComparisonPageFrame, series: Range<Int>, top: Length, typesetter: Typesetter) throws -> Int {
        let page = LeadTablePage(sheet: sheet, frame: frame, series: series)
        let heads = try page.bandTable(typesetter: typesetter).height(of: page.nameRow()) + page.table(typesetter: typesetter).height(of: page.headRow())
        let room = page.frame.body.maxY - top - headingHeight - heads
        return max(0, Int((room / leadRowHeight + 1e-9).rounded(.down)))
    }

    /// The lead rows' height when `count` rows are all this page holds under a heading at `top`: the spare height shared among them,
    /// up to `maximumOpenedRowHeight`, so a short table (two series of 17 and 10 leads on Letter) does not leave half the page empty.
    func openedRowHeight(rows count: Int, top: Length, typesetter: Typesetter) throws -> Length {
        guard count > 0 else { return Self.leadRowHeight }
        let heads = try bandTable(typesetter: typesetter).height(of: nameRow()) + table(typesetter: typesetter).height(of: headRow())
        // The same breathing room above the footer that the opened summary keeps.
        let room = frame.body.maxY - top - Self.headingHeight - heads - .pt(24)
        return max(Self.leadRowHeight, min(Self.maximumOpenedRowHeight, room / Double(count)))
    }

    /// The first column of each series' four (wire, label, definition, group).
    private func firstColumn(ofSeriesAt offset: Int) -> Int { 2 + offset * 5 }

    /// Shares of a series' width: wire, label, definition, group.
    private static let shares = [1.15, 1.05, 1.6, 1.3]

    /// The lead table: position, then per series a gap and its four columns.
    func table(typesetter: Typesetter) throws -> TableLayout {
        try layout(seriesColumns: Self.shares.map { TableLayout.Column(.share($0)) }, typesetter: typesetter)
    }

    /// The same widths with each series' four columns as one, for the name bands above them.
    func bandTable(typesetter: Typesetter) throws -> TableLayout {
        try layout(seriesColumns: [TableLayout.Column(.share(Self.shares.reduce(0, +)))], typesetter: typesetter)
    }

    private func layout(seriesColumns: [TableLayout.Column], typesetter: Typesetter) throws -> TableLayout {
        var columns = [TableLayout.Column(.fixed(Self.positionWidth), alignment: .center)]
        for offset in series.indices.map({ $0 - series.lowerBound }) {
            // Every series gets a gap column before it, the first too, so the position column stands apart.
            columns.append(.init(.fixed(offset == 0 ? Self.gap / 2 : Self.gap)))
            columns += seriesColumns
        }
        let body = frame.body
        var table = try TableLayout(columns: columns, x: body.minX, width: body.width, horizontalPadding: .pt(3), verticalPadding: .pt(2.5),
                                    typesetter: typesetter)
        table.rightToLeft = sheet.strings.isRightToLeft
        return table
    }

    /// The series name bands, one cell spanning each series' columns (laid out with `bandTable`).
    func nameRow() throws -> TableRow {
        var names = [TableCell.empty]
        for index in series {
            let item = sheet.series[index]
            let name = try sheet.strings.text(.seriesLeadCount, ["series": .text(item.name), "count": .number(item.leadCount)])
            names += [.empty, TableCell(name, font: .heading, size: .pt(10), minimumSize: .pt(7), color: sheet.accent.readableTextColor, fill: sheet.accent)]
        }
        return TableRow(names, name: "lead table series names", minimumHeight: .pt(19))
    }

    /// The column heads (laid out with `table`).
    func headRow() throws -> TableRow {
        let strings = sheet.strings
        var heads = [TableCell(try strings.text(.headPosition), font: .heading, size: .pt(7.5), minimumSize: sheet.page.minimumTextSize, color: ComparisonStyle.muted,
                               fill: ComparisonStyle.quietFill)]
        let names = try [StringKey.headWire, .headLabel, .headDefinition, .headGroup].map { try strings.text($0) }
        for _ in series {
            heads.append(.empty)
            heads += names.map {
                TableCell($0, font: .heading, size: .pt(7.5), color: ComparisonStyle.ink, fill: ComparisonStyle.quietFill)
            }
        }
        return TableRow(heads, name: "lead table column heads", minimumHeight: .pt(15), rule: nil)
    }

    /// Lays out lead rows `positions` with their heading and heads, starting at `top` (the body's top when nil).
    func compose(_ positions: Range<Int>, continued: Bool, top start: Length? = nil, into composed: inout ComposedComparisonPage,
                 typesetter: Typesetter) throws {
        let body = frame.body
        let headingTop = start ?? body.minY
        let fitter = TextFitter(typesetter: typesetter)
        let strings = sheet.strings
        // The fitter resolves leading against the line's own direction (the right edge in right-to-left text).
        let along: HorizontalAlignment = .leading
        let heading = try strings.text(continued ? .leadsHeadingContinued : .leadsHeading)
        // At least the heading's line at its smallest size: Arabic faces set lines taller than Latin ones.
        let headingHeight = max(.pt(16), try typesetter.shape(heading, font: .heading).lineHeight(at: .pt(9)))
        composed.page.items += try fitter.fit(heading, font: .heading, in: Rect(x: body.minX, y: headingTop, width: body.width, height: headingHeight),
                                              maximum: .pt(13), minimum: .pt(9), horizontal: along, context: "lead tables heading").items
        let subheading = try strings.text(.leadsSubheading)
        let subheadingHeight = max(.pt(11), try typesetter.shape(subheading, font: .body).lineHeight(at: .pt(6)))
        composed.page.items += try fitter.fit(
            subheading,
            font: .body, in: Rect(x: body.minX, y: headingTop + .pt(17), width: body.width, height: subheadingHeight),
            maximum: .pt(8), minimum: .pt(6), horizontal: along, color: ComparisonStyle.muted, context: "lead tables subheading").items
        let table = try table(typesetter: typesetter)
        let sizes = try uniformSizes(table: table, scale: textScale(table: table, typesetter: typesetter), typesetter: typesetter)
        var top = headingTop + Self.headingHeight
        for (layout, row) in [(try bandTable(typesetter: typesetter), try nameRow()), (table, try headRow())] {
            let placed = try layout.place(row, top: top)
            composed.page.items += placed.items
            composed.rows.append(placed)
            top = placed.rect.maxY
        }
        for position in positions {
            let placed = try table.place(leadRow(position, sizes: sizes), top: top)
            guard placed.rect.maxY <= body.maxY + .pt(0.001) else {
                throw DocumentError.doesNotFit(FitFailure(subject: "comparison sheet", preset: sheet.page.name, part: "lead row \(position + 1)"))
            }
            composed.page.items += placed.items
            composed.page.items += decorations(of: placed, position: position)
            composed.rows.append(placed)
            top = placed.rect.maxY
        }
    }

    /// One text size per column of lead cells: the largest at which every lead of the series fits, so a column never mixes sizes.
    private func uniformSizes(table: TableLayout, scale: Double, typesetter: Typesetter) throws -> [Int: Length] {
        var sizes: [Int: Length] = [:]
        let extents = table.columnExtents
        for (offset, index) in series.enumerated() {
            let first = firstColumn(ofSeriesAt: offset)
            for lead in sheet.series[index].leads {
                for (column, cell) in leadCells(lead, of: sheet.series[index], stripe: nil, scale: scale).enumerated() {
                    let room = extents[first + column].width - table.horizontalPadding * 2 - cell.leadingReserve
                    let needed = try typesetter.shape(cell.text, font: cell.font).occupiedWidth(at: .pt(1)).points
                    let fits = needed > 0 ? Length.pt(room.points / needed) : cell.size
                    // Never below the cell's minimum: a cell that cannot fit there fails with its own error when placed.
                    let size = max(cell.minimumSize, min(cell.size, fits))
                    sizes[first + column] = min(sizes[first + column] ?? size, size)
                }
            }
        }
        return sizes
    }

    /// How much larger than usual the lead text is set in opened rows: up to a quarter more (so the rows read as rows, not gaps),
    /// one factor for the whole table and only as far as every column's longest text still fits, so no column shrinks below the others.
    private func textScale(table: TableLayout, typesetter: Typesetter) throws -> Double {
        var scale = min(1.25, rowHeight / Self.leadRowHeight)
        guard scale > 1 else { return 1 }
        let extents = table.columnExtents
        for (offset, index) in series.enumerated() {
            let first = firstColumn(ofSeriesAt: offset)
            for lead in sheet.series[index].leads {
                for (column, cell) in leadCells(lead, of: sheet.series[index], stripe: nil).enumerated() {
                    let room = extents[first + column].width - table.horizontalPadding * 2 - cell.leadingReserve
                    let needed = try typesetter.shape(cell.text, font: cell.font).occupiedWidth(at: cell.size).points
                    if needed > 0 { scale = min(scale, room.points / needed) }
                }
            }
        }
        return max(1, scale)
    }

    /// A lead's four cells: wire colour, label, definition, group; each names the series, lead and catalog field in errors.
    private func leadCells(_ lead: Lead, of series: Series, stripe: RGBColor?, scale: Double = 1) -> [TableCell] {
        let group = series.group(of: lead)?.name ?? lead.groupID
        // The label keeps the page's floor (6 pt on laser sheets). Colour, definition and group still close to 5.5 pt: two series
        // across a Letter or A4 page do not fit their Spanish and German text at 6 pt (issue 24 leaves this open).
        let floor = sheet.page.minimumTextSize
        let cells = [
            TableCell("\(lead.colorName) \(lead.color.code)", size: .pt(7) * scale, minimumSize: .pt(5.5), leadingReserve: Self.swatchSize.width + .pt(4),
                      fill: stripe),
            // A signal name reads left to right even in a right-to-left table.
            TableCell(sheet.strings.isRightToLeft ? TextStyle.isolated(lead.label) : lead.label, font: .mono, size: .pt(6.5) * scale, minimumSize: floor,
                      fill: stripe),
            TableCell(lead.definition, size: .pt(7) * scale, minimumSize: .pt(5.5), fill: stripe),
            TableCell(group, size: .pt(7) * scale, minimumSize: .pt(5.5), fill: stripe),
        ]
        return zip(cells, ["color", "label", "definition", "group"]).map { cell, field in
            var cell = cell
            cell.subject = "series \(series.id), lead \(lead.position), \(field)"
            return cell
        }
    }

    /// The row of lead `position` (0-based) across every series; a series with fewer leads shows empty cells there.
    private func leadRow(_ position: Int, sizes: [Int: Length]) -> TableRow {
        let stripe = position % 2 == 1 ? ComparisonStyle.stripeFill : nil
        var cells = [TableCell(sheet.strings.number(position + 1), size: .pt(7.5), color: ComparisonStyle.muted)]
        for index in series {
            cells.append(.empty)
            let item = sheet.series[index]
            guard item.leads.indices.contains(position) else {
                cells += Array(repeating: TableCell.empty, count: 4)
                continue
            }
            let lead = item.leads[position]
            let first = firstColumn(ofSeriesAt: index - series.lowerBound)
            cells += leadCells(lead, of: item, stripe: stripe).enumerated().map { column, cell in
                var cell = cell
                if let size = sizes[first + column] { cell.size = size }
                return cell
            }
        }
        return TableRow(cells, name: "lead \(position + 1)", minimumHeight: rowHeight)
    }

    /// Swatches in the wire cells and rules under the series that have a lead in this row.
    private func decorations(of row: PlacedTableRow, position: Int) -> [Item] {
        var items: [Item] = []
        for (offset, index) in series.enumerated() {
            let item = sheet.series[index]
            guard item.leads.indices.contains(position) else { continue }
            let first = firstColumn(ofSeriesAt: offset)
            let wire = row.cells[first].rect
            // The swatch sits at the wire cell's leading edge, where the cell keeps room for it: the right edge right to left.
            let swatchX = sheet.strings.isRightToLeft ? wire.maxX - .pt(3) - Self.swatchSize.width : wire.minX + .pt(3)
            let swatch = Rect(x: swatchX, y: wire.midY - Self.swatchSize.height / 2, width: Self.swatchSize.width, height: Self.swatchSize.height)
            items += WireSwatch.items(item.leads[position].color, in: swatch, cornerRadius: .pt(1.5))
            let last = row.cells[first + 3].rect
            let left = min(wire.minX, last.minX), right = max(wire.maxX, last.maxX)
            items.append(.shape(.line(from: Point(x: left, y: row.rect.maxY), to: Point(x: right, y: row.rect.maxY), stroke: ComparisonStyle.rule)))
        }
        let number = row.cells[0].rect
        items.append(.shape(.line(from: Point(x: number.minX, y: row.rect.maxY), to: Point(x: number.maxX, y: row.rect.maxY), stroke: ComparisonStyle.rule)))
        return items
    }
}
