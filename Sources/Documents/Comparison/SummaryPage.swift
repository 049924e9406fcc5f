import DisplayList
import Geometry
import Layout
import Typesetting

/// The first page of a comparison sheet: capabilities as rows, series as columns, differences marked, then the notes.
struct SummaryPage {
    let sheet: ComparisonSheet
    let frame: ComparisonPageFrame
    /// The height of each capability and quote row.
    var rowHeight = Self.rowHeight

    /// The capability rows' height when space is short.
    static let rowHeight = Length.pt(22)

    /// The marker a differing row carries, so differences read without colour.
    static let differsMarker = "≠ differs"

    /// Lays out the summary from the top of the body and returns where it ends.
    @discardableResult
    func compose(into composed: inout ComposedComparisonPage, typesetter: Typesetter) throws -> Length {
        let body = frame.body
        let columns = [TableLayout.Column(.share(1.3))] + sheet.series.map { _ in TableLayout.Column(.share(1), alignment: .center) }
            + [TableLayout.Column(.fixed(.pt(64)), alignment: .center)]
        let table = try TableLayout(columns: columns, x: body.minX, width: body.width, horizontalPadding: .pt(6), verticalPadding: .pt(4),
                                    typesetter: typesetter)
        var top = body.minY
        for row in tableRows() {
            let placed = try table.place(row, top: top)
            composed.page.items += placed.items
            composed.rows.append(placed)
            top = placed.rect.maxY
        }
        if sheet.rows.isEmpty {
            let line = try TextFitter(typesetter: typesetter).fit(
                "The series do not differ in any capability.", font: .heading, in: Rect(x: body.minX, y: top + .pt(6), width: body.width, height: .pt(14)),
                maximum: .pt(10), minimum: .pt(7), horizontal: .center, context: "comparison sheet, no differences")
            composed.page.items += line.items
            top += .pt(20)
        }
        let paragraphs = ParagraphFitter(typesetter: typesetter)
        // The legend explains only the words the table uses.
        let cells = sheet.rows.flatMap { row in row.counts.indices.map { row.cellText($0) } }
        let absent = ["none", "No"].filter { word in cells.contains { $0 == word || $0.hasPrefix(word + " ") } }.map { "“\($0)”" }
        var legendText = "\(Self.differsMarker) marks a row where the series differ."
        if !absent.isEmpty { legendText += " \(absent.joined(separator: " and ")) \(absent.count == 1 ? "means" : "mean") the series has no such connection." }
        top += .pt(8)
        let placedLegend = try paragraphs.fit(legendText, font: .body, in: Rect(x: body.minX, y: top, width: body.width, height: body.maxY - top),
                                              maximum: .pt(8), minimum: .pt(8), color: ComparisonStyle.muted, context: "comparison sheet legend")
        composed.page.items += placedLegend.items
        top = (placedLegend.bounds?.maxY ?? top) + .pt(14)
        if !sheet.quoteNotes.isEmpty {
            let heading = try TextFitter(typesetter: typesetter).fit("About this quote", font: .heading, in: Rect(x: body.minX, y: top, width: body.width, height: .pt(14)),
                                                                      maximum: .pt(10), minimum: .pt(10), color: sheet.accentText, context: "comparison sheet quote notes heading")
            composed.page.items += heading.items
            top += .pt(17)
            for (index, note) in sheet.quoteNotes.enumerated() {
                let room = Rect(x: body.minX, y: top, width: body.width, height: body.maxY - top)
                do {
                    let paragraph = try paragraphs.fit(note, font: .body, in: room, maximum: .pt(8.5), minimum: .pt(8.5), context: "comparison sheet quote note \(index + 1)")
                    composed.page.items += paragraph.items
                    top = (paragraph.bounds?.maxY ?? top) + .pt(5)
                } catch TypesettingError.doesNotFit {
                    throw DocumentError.doesNotFit(FitFailure(subject: "comparison sheet", preset: sheet.page.name, part: "quote note \(index + 1)"))
                }
            }
            top += .pt(9)
        }
        guard !sheet.notes.isEmpty else { return top - .pt(14) }
        let heading = try TextFitter(typesetter: typesetter).fit("Notes", font: .heading, in: Rect(x: body.minX, y: top, width: body.width, height: .pt(14)),
                                                                  maximum: .pt(10), minimum: .pt(10), context: "comparison sheet notes heading")
        composed.page.items += heading.items
        top += .pt(17)
        let markWidth = Length.pt(14)
        for note in sheet.notes {
            let mark = try TextFitter(typesetter: typesetter).fit(note.mark, font: .heading, in: Rect(x: body.minX, y: top, width: markWidth, height: .pt(10)),
                                                                   maximum: .pt(9), minimum: .pt(6), vertical: .top, color: ComparisonStyle.ink,
                                                                   context: "comparison sheet note \(note.number)")
            composed.page.items += mark.items
            let text = note.subjects.joined(separator: " and ") + ": " + note.text
            let room = Rect(x: body.minX + markWidth, y: top, width: body.width - markWidth, height: body.maxY - top)
            do {
                let paragraph = try paragraphs.fit(text, font: .body, in: room, maximum: .pt(8), minimum: .pt(8), context: "comparison sheet note \(note.number)")
                composed.page.items += paragraph.items
                top = (paragraph.bounds?.maxY ?? top) + .pt(6)
            } catch TypesettingError.doesNotFit {
                throw DocumentError.doesNotFit(FitFailure(subject: "comparison sheet", preset: sheet.page.name, part: "note \(note.number) (\(note.subjects.joined(separator: "; ")))"))
            }
        }
        return top - .pt(6)
    }

    /// The table rows: series names, their descriptions, then one row per compared value.
    func tableRows() -> [TableRow] {
        let blank = TableCell.empty
        var rows: [TableRow] = []
        rows.append(TableRow([blank] + sheet.series.map { TableCell($0.name, font: .heading, size: .pt(12), minimumSize: .pt(7), color: sheet.accent.readableTextColor) } + [blank],
                             name: "series names", fill: sheet.accent, minimumHeight: .pt(26)))
        rows.append(TableRow([TableCell("In short", size: .pt(8), color: ComparisonStyle.muted)]
                             + sheet.series.map { TableCell($0.description, size: .pt(8.5), minimumSize: .pt(6), wraps: true) } + [blank],
                             name: "series descriptions", fill: ComparisonStyle.quietFill, minimumHeight: .pt(22), rule: ComparisonStyle.rule))
        for (index, row) in sheet.rows.enumerated() {
            let differs = row.differs
            let values = sheet.series.indices.map { column in
                row.counts[column] == 0
                    ? TableCell(row.cellText(column), font: FontSpec(family: FontSpec.body.family, italic: true), size: .pt(10), color: ComparisonStyle.muted)
                    : TableCell(row.cellText(column), font: .heading, size: .pt(13), minimumSize: .pt(8))
            }
            let label = TableCell(row.label, font: differs ? .heading : .body, size: .pt(10), minimumSize: .pt(7), wraps: true)
            let marker = differs ? TableCell(Self.differsMarker, font: .heading, size: .pt(8.5), color: ComparisonStyle.differsText) : TableCell.empty
            let isLast = index == sheet.rows.count - 1
            let nextIsLeadCount = index + 1 < sheet.rows.count && sheet.rows[index + 1].subject == .leadCount
            rows.append(TableRow([label] + values + [marker], name: row.label, fill: differs ? ComparisonStyle.differsFill : nil,
                                 minimumHeight: rowHeight, rule: isLast || nextIsLeadCount ? ComparisonStyle.strongRule : ComparisonStyle.rule))
        }
        // The sales person's rows (price, lead time) close the table, each value in the sheet's one number and date format.
        for (index, row) in sheet.quoteRows.enumerated() {
            let values = CustomerFormat.row(row.values).map { TableCell($0, font: .heading, size: .pt(10.5), minimumSize: .pt(6.5), wraps: true) }
            rows.append(TableRow([TableCell(row.label, size: .pt(10), minimumSize: .pt(7), wraps: true)] + values + [blank], name: "quote row \(row.label)",
                                 fill: ComparisonStyle.quietFill, minimumHeight: rowHeight,
                                 rule: index == sheet.quoteRows.count - 1 ? ComparisonStyle.strongRule : ComparisonStyle.rule))
        }
        return rows
    }
}
