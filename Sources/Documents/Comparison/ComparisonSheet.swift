import Barcodes
import Foundation
import DisplayList
import Geometry
import Layout
import LeadCatalog
import Localization
import Typesetting

/// A sales comparison of 2 to 5 series: capabilities counted from the catalog's groups, a quote header, a company footer, and the lead tables side by side.
public struct ComparisonSheet {
    /// The fewest and most series a sheet compares.
    public static let seriesLimit = 2...5

    /// What one page of the sheet shows.
    public enum PageContent: Sendable, Equatable {
        /// The capability table, its legend and notes.
        case summary
        /// The summary, then lead rows `positions` of the series in `series` below it, when the space is there.
        case summaryAndLeads(series: Range<Int>, positions: Range<Int>)
        /// Lead rows `positions` (indices into the longest table) of the series in `series` (indices into `ComparisonSheet.series`).
        case leads(series: Range<Int>, positions: Range<Int>)
        /// The summary with only the catalog notes `notes` (indices into `ComparisonSheet.notes`) under it, when not all fit (A5).
        case summaryWithNotes(Range<Int>)
        /// The catalog notes `notes` that did not fit under the summary, on a page of their own.
        case notes(Range<Int>)
        /// Those notes, then lead rows `positions` of the series in `series` under them, when the first band fits there whole.
        case notesAndLeads(notes: Range<Int>, series: Range<Int>, positions: Range<Int>)
    }

    /// The catalog the numbers come from.
    public let catalog: Catalog
    /// The series compared, in column order.
    public let series: [Series]
    /// The paper.
    public let page: Preset
    /// The quote details at the top of every page.
    public let header: QuoteHeader
    /// Whether the lead tables are left out.
    public let summaryOnly: Bool
    /// Whether rows where all series agree are left out.
    public let differencesOnly: Bool
    /// The QR code of the quote's URL printed in the header, if one was given.
    public let quoteCode: BarcodeSymbol?
    /// The rows shown, in Table 3 order followed by the lead count.
    public let rows: [ComparisonRow]
    /// The notes the shown rows refer to, numbered in order of first reference.
    public let notes: [ComparisonNote]
    /// The language of the sheet's fixed text and the direction its tables run.
    public let strings: Strings
    /// The sheet's title, e.g. "PRO Series vs VALUE Series".
    public let title: String
    /// The reseller whose name, logo, contact and colour the sheet carries; nil prints the catalog's publisher as the contact.
    public let brand: Brand?
    /// Rows the sales person added (unit price, lead time), one value per series.
    public let quoteRows: [QuoteRow]
    /// Paragraphs under the comparison: the brand's standing notes, then the job's.
    public let quoteNotes: [String]

    /// The colour of bands and strong rules: the brand's accent, else the sheet's own.
    public var accent: RGBColor { brand?.accent ?? ComparisonStyle.ink }
    /// The accent for text on white: the accent when it reads (4.5:1 or more), else the sheet's own ink.
    var accentText: RGBColor { accent.contrastRatio(with: .white) >= 4.5 ? accent : ComparisonStyle.ink }

    /// Builds the comparison of the series with the given ids; fails naming an unknown id, a repeated one, or a count outside 2 to 5,
    /// and a quote row without one value per series.
    public init(catalog: Catalog, seriesIDs: [String], page: Preset, header: QuoteHeader = QuoteHeader(),
                summaryOnly: Bool = false, differencesOnly: Bool = false, quoteURL: String? = nil, strings: Strings? = nil,
                brand: Brand? = nil, quoteRows: [QuoteRow] = [], quoteNotes: [String] = []) throws {
        guard Self.seriesLimit.contains(seriesIDs.count) else {
            throw DocumentError.seriesCount(seriesIDs.count, allowed: 2...5)
        }
        var chosen: [Series] = []
        for id in seriesIDs {
            guard let found = catalog.series.first(where: { $0.id == id }) else {
                throw DocumentError.unknownSeries(id, known: catalog.series.map(\.id))
            }
            guard !chosen.contains(where: { $0.id == id }) else { throw DocumentError.duplicateSeries(id) }
            chosen.append(found)
        }
        self.catalog = catalog
        self.series = chosen
        self.page = page
        self.header = header
        self.summaryOnly = summaryOnly
        self.differencesOnly = differencesOnly
        for row in quoteRows where row.values.count != chosen.count {
            throw DocumentError.outOfRange(.rows, value: row.commandLineText, allowed: "one value per series (\(chosen.count), in column order)")
        }
        self.brand = brand
        self.quoteRows = quoteRows
        self.quoteNotes = (brand?.notes ?? []) + quoteNotes
        // Encoded once here: the same symbol is drawn in the header of every page.
        if let quoteURL, quoteURL.trimmingWhitespace().isEmpty {
            throw DocumentError.malformed(.quoteURL, value: quoteURL, expected: "a web address (it must not be empty)")
        }
        quoteCode = try quoteURL.map { try BarcodeEncoder.encode($0, as: .qr) }
        (rows, notes) = Self.rows(of: chosen, differencesOnly: differencesOnly)
        let strings = try strings ?? .bundled(.english)
        self.strings = strings
        title = try chosen.dropFirst().reduce(chosen[0].name) { try strings.text(.compareVersus, ["first": .text($0), "second": .text($1.name)]) }
    }

    /// Counts every row from the series' groups and leads, and numbers the footnotes of the groups counted.
    static func rows(of series: [Series], differencesOnly: Bool) -> ([ComparisonRow], [ComparisonNote]) {
        var notes: [ComparisonNote] = []
        var rows: [ComparisonRow] = []
        let subjects = GroupKind.allCases.map(ComparisonRow.Subject.capability) + [.leadCount]
        for subject in subjects {
            var row = ComparisonRow(subject: subject, counts: [], notes: [])
            for item in series {
                switch subject {
                case .leadCount:
                    row.counts.append(item.leadCount)
                    row.notes.append([])
                case .capability(let kind):
                    row.counts.append(item.capabilities[kind] ?? 0)
                    row.notes.append(item.groups.filter { $0.kind == kind }.compactMap { group in
                        item.footnote(for: group).map { ($0, item.name) }
                    }.map { footnote, subject in
                        // The footnote text names its group itself; series that share a footnote's wording share its number.
                        if let index = notes.firstIndex(where: { $0.text == footnote.text }) {
                            if !notes[index].subjects.contains(subject) { notes[index].subjects.append(subject) }
                            return notes[index].number
                        }
                        notes.append(ComparisonNote(number: notes.count + 1, subjects: [subject], text: footnote.text))
                        return notes.count
                    })
                }
            }
            rows.append(row)
        }
        guard differencesOnly else { return (rows, notes) }
        // Renumber the notes that the remaining rows still refer to.
        let kept = rows.filter(\.differs)
        var renumbered: [Int: Int] = [:]
        for number in kept.flatMap({ $0.notes.flatMap { $0 } }) where renumbered[number] == nil {
            renumbered[number] = renumbered.count + 1
        }
        let keptRows = kept.map { row in
            var row = row
            row.notes = row.notes.map { $0.compactMap { renumbered[$0] } }
            return row
        }
        let keptNotes = notes.compactMap { note -> ComparisonNote? in
            guard let number = renumbered[note.number] else { return nil }
            var note = note
            note.number = number
            return note
        }.sorted { $0.number < $1.number }
        return (keptRows, keptNotes)
    }

    /// The tallest a capability row grows to when the summary has page 1 to itself.
    /// (56 pt: a summary-only or differences-only sheet of seven rows on Letter then reaches the footer; at 38 pt it left a fifth of the page blank.)
    static let maximumOpenedRowHeight = Length.pt(56)

    private func scratch() -> ComposedComparisonPage { ComposedComparisonPage(content: .summary, page: Page(size: page.media), rows: []) }

    /// The summary page as `plan` lays it out when the lead tables are not under it.
    private func summaryAlone(frame: ComparisonPageFrame) -> SummaryPage {
        var summary = SummaryPage(sheet: self, frame: frame)
        summary.leadTablesOnNextPage = !summaryOnly
        return summary
    }

    /// The capability rows' height when the summary has page 1 to itself: the spare height shared among them, up to a generous pitch,
    /// so the page reads as one table rather than a table over an empty half.
    func openedRowHeight(frame: ComparisonPageFrame, typesetter: Typesetter) throws -> Length {
        var probe = scratch()
        let end = try summaryAlone(frame: frame).compose(into: &probe, typesetter: typesetter)
        let count = Double(rows.count + quoteRows.count)
        guard count > 0 else { return SummaryPage.rowHeight }
        // A little room is kept above the footer, so the page does not look crammed.
        let spare = frame.body.maxY - end - .pt(24)
        return max(SummaryPage.rowHeight, min(Self.maximumOpenedRowHeight, SummaryPage.rowHeight + spare / count))
    }

    /// What each page shows, in order: the summary, then the lead tables as many series across as fit and as many rows down.
    ///
    /// The first band of lead tables joins the summary on page 1 when it fits there whole; otherwise it gets page 2,
    /// and the summary's rows open up to use page 1 (see `openedRowHeight`).
    public func plan(typesetter: Typesetter) throws -> [PageContent] {
        let frame = try ComparisonPageFrame.fitting(sheet: self, typesetter: typesetter)
        // On a small page (A5) the catalog notes may not all fit under the summary: those that do stay, the rest flow to page 2.
        let kept = try notesUnderSummary(frame: frame, typesetter: typesetter)
        if kept < notes.count {
            let rest = kept..<notes.count
            let split: [PageContent] = [.summaryWithNotes(0..<kept), .notes(rest)]
            guard !summaryOnly else { return split }
            var leads = try leadPages(frame: frame, joiningSummary: false, typesetter: typesetter)
            // The first band joins the notes' page when it fits there whole (as under the summary: a table is not split to fill a page).
            if case .leads(let band, let positions) = leads.first, positions.lowerBound == 0,
               positions.upperBound == series[band].map(\.leadCount).max() {
                var probe = scratch()
                let end = try SummaryPage(sheet: self, frame: frame).composeNotes(rest, top: frame.body.minY, into: &probe, typesetter: typesetter)
                let room = try LeadTablePage.rowsPerPage(sheet: self, frame: frame, series: band, top: end + LeadTablePage.gapAfterSummary,
                                                         typesetter: typesetter)
                if room >= positions.count {
                    leads.removeFirst()
                    return [.summaryWithNotes(0..<kept), .notesAndLeads(notes: rest, series: band, positions: positions)] + leads
                }
            }
            return split + leads
        }
        guard !summaryOnly else { return [.summary] }
        return try leadPages(frame: frame, joiningSummary: true, typesetter: typesetter)
    }

    /// How many catalog notes fit under the summary on page 1, all of them when they do.
    private func notesUnderSummary(frame: ComparisonPageFrame, typesetter: Typesetter) throws -> Int {
        var count = notes.count
        while count > 0 {
            var summary = summaryAlone(frame: frame)
            summary.noteRange = 0..<count
            var probe = scratch()
            do {
                try summary.compose(into: &probe, typesetter: typesetter)
                return count
            } catch DocumentError.doesNotFit {
                count -= 1
            }
        }
        return 0
    }

    /// The summary page (unless `joiningSummary` is false, then none) and the lead pages.
    private func leadPages(frame: ComparisonPageFrame, joiningSummary: Bool, typesetter: Typesetter) throws -> [PageContent] {
        var pages: [PageContent] = joiningSummary ? [.summary] : []
        let across = max(1, Int(((frame.body.width - LeadTablePage.positionWidth) / LeadTablePage.minimumSeriesWidth).rounded(.down)))
        var first = 0
        while first < series.count {
            let band = first..<min(series.count, first + across)
            let longest = series[band].map(\.leadCount).max() ?? 0
            let perPage = try LeadTablePage.rowsPerPage(sheet: self, frame: frame, series: band, typesetter: typesetter)
            var start = 0
            if first == 0 && joiningSummary {
                // The first band joins page 1 only whole: a table split across pages is harder for a customer to read across.
                var probe = scratch()
                let end = try SummaryPage(sheet: self, frame: frame).compose(into: &probe, typesetter: typesetter)
                let room = try LeadTablePage.rowsPerPage(sheet: self, frame: frame, series: band, top: end + LeadTablePage.gapAfterSummary,
                                                         typesetter: typesetter)
                if room >= longest {
                    start = longest
                    pages = [.summaryAndLeads(series: band, positions: 0..<longest)]
                }
            }
            while start < longest {
                let end = min(longest, start + perPage)
                pages.append(.leads(series: band, positions: start..<end))
                start = end
            }
            first = band.upperBound
        }
        return pages
    }

    /// The pages, built one at a time.
    public func pages(typesetter: Typesetter) -> PageStream {
        var plan: [PageContent]?
        var index = 0
        return PageStream {
            if plan == nil { plan = try self.plan(typesetter: typesetter) }
            guard let contents = plan, index < contents.count else { return nil }
            index += 1
            return try self.compose(contents[index - 1], number: index, of: contents.count, typesetter: typesetter).page
        }
    }

    /// Lays out page `number` (from 1) with its tables exposed for inspection.
    public func composedPage(_ number: Int, typesetter: Typesetter) throws -> ComposedComparisonPage {
        let contents = try plan(typesetter: typesetter)
        guard contents.indices.contains(number - 1) else {
            preconditionFailure("page \(number) asked of a comparison sheet with \(contents.count) pages")
        }
        return try compose(contents[number - 1], number: number, of: contents.count, typesetter: typesetter)
    }

    private func compose(_ content: PageContent, number: Int, of total: Int, typesetter: Typesetter) throws -> ComposedComparisonPage {
        let frame = try ComparisonPageFrame.fitting(sheet: self, typesetter: typesetter)
        var composed = ComposedComparisonPage(content: content, page: Page(size: page.media), rows: [])
        let (frameItems, fieldRows) = try frame.items(pageNumber: number, of: total, typesetter: typesetter)
        composed.page.items += frameItems
        composed.rows += fieldRows
        switch content {
        case .summary:
            var summary = summaryAlone(frame: frame)
            summary.rowHeight = try openedRowHeight(frame: frame, typesetter: typesetter)
            try summary.compose(into: &composed, typesetter: typesetter)
        case .summaryAndLeads(let band, let positions):
            let end = try SummaryPage(sheet: self, frame: frame).compose(into: &composed, typesetter: typesetter)
            try LeadTablePage(sheet: self, frame: frame, series: band).compose(positions, continued: false, top: end + LeadTablePage.gapAfterSummary,
                                                                               into: &composed, typesetter: typesetter)
        case .summaryWithNotes(let range):
            var summary = SummaryPage(sheet: self, frame: frame)
            summary.noteRange = range
            try summary.compose(into: &composed, typesetter: typesetter)
        case .notes(let range):
            try SummaryPage(sheet: self, frame: frame).composeNotes(range, top: frame.body.minY, into: &composed, typesetter: typesetter)
        case .notesAndLeads(let range, let band, let positions):
            let end = try SummaryPage(sheet: self, frame: frame).composeNotes(range, top: frame.body.minY, into: &composed, typesetter: typesetter)
            try LeadTablePage(sheet: self, frame: frame, series: band).compose(positions, continued: false, top: end + LeadTablePage.gapAfterSummary,
                                                                               into: &composed, typesetter: typesetter)
        case .leads(let band, let positions):
            var leads = LeadTablePage(sheet: self, frame: frame, series: band)
            leads.rowHeight = try leads.openedRowHeight(rows: positions.count, top: frame.body.minY, typesetter: typesetter)
            try leads.compose(positions, continued: positions.lowerBound > 0, into: &composed, typesetter: typesetter)
        }
        return composed
    }
}

/// One page of a comparison sheet with the table rows placed on it, so tests can check cells as data.
public struct ComposedComparisonPage: Sendable {
    /// What the page shows.
    public var content: ComparisonSheet.PageContent
    /// The finished page.
    public var page: Page
    /// Every table row placed on the page, top to bottom.
    public var rows: [PlacedTableRow]
}

extension ComparisonSheet: Document {
    public static let kind = "compare"
}
