import DisplayList
import Geometry
import Layout
import Localization
import Typesetting

/// The first page of a comparison sheet: capabilities as rows, series as columns, differences marked, then the notes.
struct SummaryPage {
    let sheet: ComparisonSheet
    let frame: ComparisonPageFrame

    func compose(into composed: inout ComposedComparisonPage, typesetter: Typesetter) throws {
        let body = frame.body
        let strings = sheet.strings
        let rtl = strings.isRightToLeft
        // The fitter resolves leading against the line's own direction (the right edge in right-to-left text).
        let along: HorizontalAlignment = .leading
        let columns = [TableLayout.Column(.share(1.3))] + sheet.series.map { _ in TableLayout.Column(.share(1), alignment: .center) }
            + [TableLayout.Column(.fixed(.pt(64)), alignment: .center)]
        var table = try TableLayout(columns: columns, x: body.minX, width: body.width, horizontalPadding: .pt(6), verticalPadding: .pt(4),
                                    typesetter: typesetter)
        table.rightToLeft = rtl
        var top = body.minY
        for row in try tableRows() {
            let placed = try table.place(row, top: top)
            composed.page.items += placed.items
            composed.rows.append(placed)
            top = placed.rect.maxY
        }
        if sheet.rows.isEmpty {
            let line = try TextFitter(typesetter: typesetter).fit(
                try strings.text(.compareNoDifferences), font: .heading, in: Rect(x: body.minX, y: top + .pt(6), width: body.width, height: .pt(14)),
                maximum: .pt(10), minimum: .pt(7), horizontal: .center, context: "comparison sheet, no differences")
            composed.page.items += line.items
            top += .pt(20)
        }
        let paragraphs = ParagraphFitter(typesetter: typesetter)
        var legend = [try strings.text(.compareLegend, ["marker": .text(try strings.text(.compareDiffers)), "none": .text(try strings.text(.compareNone))])]
        if !sheet.summaryOnly { legend.append(try strings.text(.compareLegendLeadTables)) }
        // Chinese runs its sentences together; the other languages set a space between them.
        let legendText = legend.joined(separator: strings.language == .simplifiedChinese ? "" : " ")
        top += .pt(8)
        let placedLegend = try paragraphs.fit(legendText, font: .body, in: Rect(x: body.minX, y: top, width: body.width, height: body.maxY - top),
                                              maximum: .pt(8), minimum: .pt(8), horizontal: along, color: ComparisonStyle.muted,
                                              context: "comparison sheet legend")
        composed.page.items += placedLegend.items
        top = (placedLegend.bounds?.maxY ?? top) + .pt(14)
        guard !sheet.notes.isEmpty else { return }
        // The heading's box is as tall as its line: CJK faces set a 10 pt line about 14.5 pt tall, Arabic ones taller still.
        let notesHeading = try strings.text(.compareNotes)
        let headingHeight = max(.pt(15), try typesetter.shape(notesHeading, font: .heading).lineHeight(at: .pt(10)))
        let heading = try TextFitter(typesetter: typesetter).fit(notesHeading, font: .heading,
                                                                  in: Rect(x: body.minX, y: top, width: body.width, height: headingHeight),
                                                                  maximum: .pt(10), minimum: .pt(10), horizontal: along, context: "comparison sheet notes heading")
        composed.page.items += heading.items
        top += .pt(17)
        let markWidth = Length.pt(14)
        for note in sheet.notes {
            let markBox = Rect(x: rtl ? body.maxX - markWidth : body.minX, y: top, width: markWidth, height: .pt(10))
            let mark = try TextFitter(typesetter: typesetter).fit(note.mark, font: .heading, in: markBox,
                                                                   maximum: .pt(9), minimum: .pt(6), horizontal: along, vertical: .top, color: ComparisonStyle.ink,
                                                                   context: "comparison sheet note \(note.number)")
            composed.page.items += mark.items
            let text = try strings.text(.compareNote, ["series": .text(strings.list(note.subjects)), "text": .text(note.text)])
            let room = Rect(x: rtl ? body.minX : body.minX + markWidth, y: top, width: body.width - markWidth, height: body.maxY - top)
            do {
                let paragraph = try paragraphs.fit(text, font: .body, in: room, maximum: .pt(8), minimum: .pt(8), horizontal: along,
                                                   context: "comparison sheet note \(note.number)")
                composed.page.items += paragraph.items
                top = (paragraph.bounds?.maxY ?? top) + .pt(6)
            } catch TypesettingError.doesNotFit {
                throw DocumentError.doesNotFit(FitFailure(subject: "comparison sheet", preset: sheet.page.name, part: "note \(note.number) (\(note.subjects.joined(separator: "; ")))"))
            }
        }
    }

    /// The table rows: series names, their descriptions, then one row per compared value.
    func tableRows() throws -> [TableRow] {
        let strings = sheet.strings
        let blank = TableCell.empty
        var rows: [TableRow] = []
        rows.append(TableRow([blank] + sheet.series.map { TableCell($0.name, font: .heading, size: .pt(12), minimumSize: .pt(7), color: .white) } + [blank],
                             name: "series names", fill: ComparisonStyle.ink, minimumHeight: .pt(26)))
        rows.append(TableRow([TableCell(try strings.text(.compareInShort), size: .pt(8), color: ComparisonStyle.muted)]
                             + sheet.series.map { TableCell($0.description, size: .pt(8.5), minimumSize: .pt(6), wraps: true) } + [blank],
                             name: "series descriptions", fill: ComparisonStyle.quietFill, minimumHeight: .pt(22), rule: ComparisonStyle.rule))
        for (index, row) in sheet.rows.enumerated() {
            let differs = row.differs
            let values = try sheet.series.indices.map { column in
                row.counts[column] == 0
                    ? TableCell(try row.cellText(column, in: strings), font: FontSpec(family: FontSpec.body.family, italic: true), size: .pt(10),
                                color: ComparisonStyle.muted)
                    : TableCell(try row.cellText(column, in: strings), font: .heading, size: .pt(13), minimumSize: .pt(8))
            }
            let name = try row.label(in: strings)
            let label = TableCell(name, font: differs ? .heading : .body, size: .pt(10), minimumSize: .pt(7))
            let marker = differs ? TableCell(try strings.text(.compareDiffers), font: .heading, size: .pt(8.5), color: ComparisonStyle.differsText)
                : TableCell.empty
            let isLast = index == sheet.rows.count - 1
            let nextIsLeadCount = index + 1 < sheet.rows.count && sheet.rows[index + 1].subject == .leadCount
            rows.append(TableRow([label] + values + [marker], name: name, fill: differs ? ComparisonStyle.differsFill : nil,
                                 minimumHeight: .pt(25), rule: isLast || nextIsLeadCount ? ComparisonStyle.strongRule : ComparisonStyle.rule))
        }
        return rows
    }
}
