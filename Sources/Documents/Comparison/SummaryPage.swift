import DisplayList
import Geometry
import Layout
import Localization
import Typesetting

/// The first page of a comparison sheet: capabilities as rows, series as columns, differences marked, the sales person's rows,
/// then the quote's notes and the catalog's notes.
struct SummaryPage {
    let sheet: ComparisonSheet
    let frame: ComparisonPageFrame
    /// The height of each capability and quote row.
    var rowHeight = Self.rowHeight
    /// Whether the lead tables follow on page 2, which the legend then says.
    var leadTablesOnNextPage = false
    /// The catalog notes (indices into `sheet.notes`) set under the summary; the rest follow on a page of their own (see `notesPage`).
    var noteRange: Range<Int>?

    /// The capability rows' height when space is short.
    static let rowHeight = Length.pt(22)

    /// Lays out the summary from the top of the body and returns where it ends.
    @discardableResult
    func compose(into composed: inout ComposedComparisonPage, typesetter: Typesetter) throws -> Length {
        let body = frame.body
        let strings = sheet.strings
        let rtl = strings.isRightToLeft
        // The fitter resolves leading against the line's own direction (the right edge in right-to-left text).
        let along: HorizontalAlignment = .leading
        // A differences-only sheet has no marker column: every row differs, so the marker would say nothing; the legend says it once.
        let columns = [TableLayout.Column(.share(1.3))] + sheet.series.map { _ in TableLayout.Column(.share(1), alignment: .center) }
            + (sheet.differencesOnly ? [] : [TableLayout.Column(.fixed(.pt(64)), alignment: .center)])
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
        top += .pt(8)
        let placedLegend = try paragraphs.fit(try legend(), font: .body, in: Rect(x: body.minX, y: top, width: body.width, height: body.maxY - top),
                                              maximum: .pt(8), minimum: .pt(8), horizontal: along, color: ComparisonStyle.muted,
                                              context: "comparison sheet legend")
        composed.page.items += placedLegend.items
        top = (placedLegend.bounds?.maxY ?? top) + .pt(14)
        if !sheet.quoteNotes.isEmpty {
            // The notes are typed text: each paragraph runs in the direction of its first letter, whatever the sheet's.
            let typed = rtl ? TextStyle(language: strings.language.code, direction: .auto) : nil
            try heading(.compareAboutQuote, color: sheet.accentText, context: "comparison sheet quote notes heading", top: top,
                        into: &composed, typesetter: typesetter)
            top += .pt(17)
            for (index, note) in sheet.quoteNotes.enumerated() {
                let room = Rect(x: body.minX, y: top, width: body.width, height: body.maxY - top)
                do {
                    let paragraph = try paragraphs.fit(note, font: .body, style: typed, in: room, maximum: .pt(8.5), minimum: .pt(8.5), horizontal: along,
                                                       context: "comparison sheet quote note \(index + 1)")
                    composed.page.items += paragraph.items
                    top = (paragraph.bounds?.maxY ?? top) + .pt(5)
                } catch TypesettingError.doesNotFit {
                    throw DocumentError.doesNotFit(FitFailure(subject: "comparison sheet", preset: sheet.page.name, part: "quote note \(index + 1)"))
                }
            }
            top += .pt(9)
        }
        let shown = noteRange ?? sheet.notes.indices
        guard !shown.isEmpty else { return top - .pt(14) }
        return try composeNotes(shown, top: top, into: &composed, typesetter: typesetter)
    }

    /// Lays out the catalog notes in `range` under their heading from `top` and returns where they end; a note that does not fit fails naming it.
    @discardableResult
    func composeNotes(_ range: Range<Int>, top start: Length, into composed: inout ComposedComparisonPage, typesetter: Typesetter) throws -> Length {
        let body = frame.body
        let strings = sheet.strings
        let rtl = strings.isRightToLeft
        let along: HorizontalAlignment = .leading
        let paragraphs = ParagraphFitter(typesetter: typesetter)
        var top = start
        try heading(.compareNotes, color: .black, context: "comparison sheet notes heading", top: top, into: &composed, typesetter: typesetter)
        top += .pt(17)
        let markWidth = Length.pt(14)
        for note in sheet.notes[range] {
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
        return top - .pt(6)
    }

    /// A section heading at `top`, its box as tall as its line: CJK faces set a 10 pt line about 14.5 pt tall, Arabic ones taller still.
    private func heading(_ key: StringKey, color: RGBColor, context: String, top: Length, into composed: inout ComposedComparisonPage,
                         typesetter: Typesetter) throws {
        let body = frame.body
        let text = try sheet.strings.text(key)
        let height = max(.pt(15), try typesetter.shape(text, font: .heading).lineHeight(at: .pt(10)))
        composed.page.items += try TextFitter(typesetter: typesetter).fit(text, font: .heading, in: Rect(x: body.minX, y: top, width: body.width, height: height),
                                                                          maximum: .pt(10), minimum: .pt(10), horizontal: .leading, color: color,
                                                                          context: context).items
    }

    /// The legend: what the "differs" marker means, what the words for an absent connection the table uses mean, and where the lead tables are.
    func legend() throws -> String {
        let strings = sheet.strings
        var sentences = [try sheet.differencesOnly ? strings.text(.compareLegendDifferencesOnly)
                                                   : strings.text(.compareLegend, ["marker": .text(try strings.text(.compareDiffers))])]
        // Only the words the table uses are explained: "none" in a count row, "No" in a yes-or-no row.
        let absent = sheet.rows.flatMap { row in row.counts.filter { $0 == 0 }.map { _ in row.isPresence } }
        let none = try strings.text(.compareNone), no = try strings.text(.compareNo)
        switch (absent.contains(false), absent.contains(true)) {
        case (true, true): sentences.append(try strings.text(.compareLegendNoneAndNo, ["none": .text(none), "no": .text(no)]))
        case (true, false): sentences.append(try strings.text(.compareLegendNone, ["none": .text(none)]))
        case (false, true): sentences.append(try strings.text(.compareLegendNo, ["no": .text(no)]))
        case (false, false): break
        }
        if leadTablesOnNextPage { sentences.append(try strings.text(.compareLegendLeadTables)) }
        // Chinese runs its sentences together; the other languages set a space between them.
        return sentences.joined(separator: strings.language == .simplifiedChinese ? "" : " ")
    }

    /// The table rows: series names, their descriptions, one row per compared value, then the sales person's rows.
    func tableRows() throws -> [TableRow] {
        let strings = sheet.strings
        let blank = TableCell.empty
        // The marker column's cell, absent on a differences-only sheet.
        let tail = sheet.differencesOnly ? [] : [blank]
        var rows: [TableRow] = []
        let bandText = sheet.accent.readableTextColor
        rows.append(TableRow([blank] + sheet.series.map { TableCell($0.name, font: .heading, size: .pt(12), minimumSize: .pt(7), color: bandText) } + tail,
                             name: "series names", fill: sheet.accent, minimumHeight: .pt(26)))
        rows.append(TableRow([TableCell(try strings.text(.compareInShort), size: .pt(8), color: ComparisonStyle.muted)]
                             + sheet.series.map { TableCell($0.description, size: .pt(8.5), minimumSize: .pt(6), wraps: true) } + tail,
                             name: "series descriptions", fill: ComparisonStyle.quietFill, minimumHeight: .pt(22), rule: ComparisonStyle.rule))
        for (index, row) in sheet.rows.enumerated() {
            // On a differences-only sheet every row differs: no fill, bold or marker to set one apart.
            let differs = row.differs && !sheet.differencesOnly
            let values = try sheet.series.indices.map { column in
                row.counts[column] == 0
                    ? TableCell(try row.cellText(column, in: strings), font: FontSpec(family: FontSpec.body.family, italic: true), size: .pt(10),
                                color: ComparisonStyle.muted)
                    : TableCell(try row.cellText(column, in: strings), font: .heading, size: .pt(13), minimumSize: .pt(8))
            }
            let name = try row.label(in: strings)
            let label = TableCell(name, font: differs ? .heading : .body, size: .pt(10), minimumSize: .pt(7), wraps: true)
            let marker = differs ? TableCell(try strings.text(.compareDiffers), font: .heading, size: .pt(8.5), color: ComparisonStyle.differsText)
                : TableCell.empty
            let isLast = index == sheet.rows.count - 1
            let nextIsLeadCount = index + 1 < sheet.rows.count && sheet.rows[index + 1].subject == .leadCount
            rows.append(TableRow([label] + values + (sheet.differencesOnly ? [] : [marker]), name: name, fill: differs ? ComparisonStyle.differsFill : nil,
                                 minimumHeight: rowHeight, rule: isLast || nextIsLeadCount ? ComparisonStyle.strongRule : ComparisonStyle.rule))
        }
        // The sales person's rows (price, lead time) close the table, each value in the sheet's one number and date format;
        // right to left, typed text keeps its own direction ("3 weeks", not "weeks 3").
        func typed(_ text: String) -> String { strings.isRightToLeft ? TextStyle.firstStrongIsolated(text) : text }
        // A total (see `QuoteRow.isTotal`) has a bold label and a larger value, and a strong rule above it.
        let totals = try sheet.quoteRows.map { try $0.isTotal(in: strings) }
        for (index, row) in sheet.quoteRows.enumerated() {
            let values = try CustomerFormat.row(row.values, in: strings).map {
                TableCell(typed($0), font: .heading, size: totals[index] ? .pt(12) : .pt(10.5), minimumSize: .pt(6.5), wraps: true)
            }
            let label = TableCell(typed(row.label), font: totals[index] ? .heading : .body, size: .pt(10), minimumSize: .pt(7), wraps: true)
            let closes = index == sheet.quoteRows.count - 1 || totals[index + 1]
            rows.append(TableRow([label] + values + tail, name: "quote row \(row.label)",
                                 fill: ComparisonStyle.quietFill, minimumHeight: rowHeight,
                                 rule: closes ? ComparisonStyle.strongRule : ComparisonStyle.rule))
        }
        return rows
    }
}
