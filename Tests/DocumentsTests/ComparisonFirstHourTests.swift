import DisplayList
import Documents
import Foundation
import Geometry
import Layout
import LeadCatalog
import Localization
import Render
import TestSupport
import Typesetting
import XCTest

/// Issue 30's comparison-sheet items: no marker on a differences-only sheet, totals set apart, page 2 used, A5 sheets.
final class ComparisonFirstHourTests: XCTestCase {
    private func leadRows(_ page: ComposedComparisonPage) -> [PlacedTableRow] {
        page.rows.filter { $0.name.hasPrefix("lead ") && !$0.name.hasPrefix("lead table") }
    }

    private func pdfText(_ sheet: ComparisonSheet, page: Int) throws -> String {
        let target = try Tool.temporaryFolder().appendingPathComponent("sheet.pdf")
        _ = try Renderer().render(sheet.pages(typesetter: Typesetter()), to: target, settings: RenderSettings(format: .pdf))
        return try Tool.pdfText(target, page: page)
    }

    /// The glyph runs drawn inside a rectangle.
    private func runs(in rect: Rect, of page: ComposedComparisonPage) -> [GlyphRun] {
        page.page.items.flatMap { $0.flattened() }.compactMap { item, transform -> GlyphRun? in
            guard case .glyphs(let run) = item, rect.contains(transform.apply(run.pageInkBounds), tolerance: .pt(0.5)) else { return nil }
            return run
        }
    }

    func testDifferencesOnlySheetHasNoMarkerColumnAndSaysItOnceInTheLegend() throws {
        let catalog = try ComparisonFixtures.bundled()
        let letter = try ComparisonFixtures.page("letter")
        let typesetter = try Typesetter()
        let sheet = try ComparisonSheet(catalog: catalog, seriesIDs: ["PRO", "VALUE"], page: letter, differencesOnly: true)
        let page = try sheet.composedPage(1, typesetter: typesetter)
        let body = ComparisonPageFrame(sheet: sheet).body
        for row in sheet.rows {
            let placed = try XCTUnwrap(page.rows.first { $0.name == row.englishLabel })
            // Label and one value per series: no marker cell, and the last series' column reaches the body's edge.
            XCTAssertEqual(placed.cells.count, 3, row.englishLabel)
            XCTAssertEqual(try XCTUnwrap(placed.cells.last).rect.maxX.points, body.maxX.points, accuracy: 0.01, row.englishLabel)
            XCTAssertFalse(placed.cells.contains { $0.text.contains("≠") }, row.englishLabel)
        }
        let text = try pdfText(sheet, page: 1)
        XCTAssertFalse(text.contains("≠"), text)
        XCTAssertTrue(text.contains("Only the rows where the series differ are shown."), text)
        // The whole sheet keeps its marker: the rows there do differ from others.
        let whole = try pdfText(ComparisonSheet(catalog: catalog, seriesIDs: ["PRO", "VALUE"], page: letter), page: 1)
        XCTAssertEqual(whole.components(separatedBy: "≠ differs").count - 1, 6, whole)
        XCTAssertFalse(whole.contains("Only the rows"))
    }

    func testTotalsAreFoundByTheSheetLanguagesWords() throws {
        func isTotal(_ label: String, _ language: Language) throws -> Bool {
            try QuoteRow(label: label, values: ["1", "2"]).isTotal(in: .bundled(language))
        }
        XCTAssertTrue(try isTotal("Total (USD)", .english))
        XCTAssertTrue(try isTotal("subtotal", .english))
        XCTAssertFalse(try isTotal("Totally free shipping", .english))
        XCTAssertFalse(try isTotal("Lead time", .english))
        XCTAssertFalse(try isTotal("Unit price (USD)", .english))
        XCTAssertTrue(try isTotal("Gesamtsumme (EUR)", .german))
        XCTAssertTrue(try isTotal("Zwischensumme", .german))
        XCTAssertFalse(try isTotal("Lieferzeit", .german))
        XCTAssertTrue(try isTotal("Sous-total HT", .french))
        XCTAssertTrue(try isTotal("SOUS-TOTAL", .french))
        XCTAssertTrue(try isTotal("Total (EUR)", .spanish))
        XCTAssertTrue(try isTotal("合计（元）", .simplifiedChinese))
        XCTAssertTrue(try isTotal("الإجمالي", .arabic))
        // Data-driven per language: the German table has no "Subtotal".
        XCTAssertFalse(try isTotal("Subtotal", .german))
    }

    func testATotalRowHasABoldLabelALargerValueAndAStrongRuleAbove() throws {
        let typesetter = try Typesetter()
        let rows = [QuoteRow(label: "Unit price (USD)", values: ["1240", "980"]), QuoteRow(label: "Lead time", values: ["3 weeks", "1 week"]),
                    QuoteRow(label: "Total (USD)", values: ["12400", "9800"])]
        let sheet = try ComparisonSheet(catalog: ComparisonFixtures.bundled(), seriesIDs: ["PRO", "VALUE"], page: ComparisonFixtures.page("letter"),
                                        quoteRows: rows)
        let page = try sheet.composedPage(1, typesetter: typesetter)
        let price = try XCTUnwrap(page.rows.first { $0.name == "quote row Unit price (USD)" })
        let lead = try XCTUnwrap(page.rows.first { $0.name == "quote row Lead time" })
        let total = try XCTUnwrap(page.rows.first { $0.name == "quote row Total (USD)" })
        XCTAssertEqual(total.cells.map(\.text).prefix(3), ["Total (USD)", "12,400", "9,800"])
        // Values: larger than the other quote rows'.
        XCTAssertGreaterThan(try XCTUnwrap(total.cells[1].size).points, try XCTUnwrap(price.cells[1].size).points)
        // Labels: the total's in the heading (bold) face, the others' in the body face.
        let totalFaces = Set(runs(in: total.cells[0].contentRect, of: page).map(\.font.path))
        let priceFaces = Set(runs(in: price.cells[0].contentRect, of: page).map(\.font.path))
        XCTAssertEqual(totalFaces.count, 1)
        XCTAssertTrue(totalFaces.isDisjoint(with: priceFaces), "total label \(totalFaces), price label \(priceFaces)")
        XCTAssertTrue(totalFaces.allSatisfy { $0.lowercased().contains("bold") }, "\(totalFaces)")
        // The rule above the total (under "Lead time") is the strong 1 pt rule; the one under "Unit price" the thin one.
        func ruleWidths(under row: PlacedTableRow) -> [Double] {
            row.items.compactMap { item -> Double? in
                guard case .shape(let shape) = item, let stroke = shape.stroke, let bounds = shape.path.bounds,
                      abs((bounds.minY - row.rect.maxY).points) < 0.01, bounds.height.points < 0.01 else { return nil }
                return stroke.width.points
            }
        }
        XCTAssertEqual(ruleWidths(under: lead), [1])
        XCTAssertEqual(ruleWidths(under: price), [0.5])
        XCTAssertEqual(ruleWidths(under: total), [1])
    }

    func testLeadPageRowsOpenToUseThePageWithOneSizePerColumn() throws {
        let typesetter = try Typesetter()
        for paper in ["letter", "a4"] {
            let sheet = try ComparisonSheet(catalog: ComparisonFixtures.bundled(), seriesIDs: ["PRO", "VALUE"], page: ComparisonFixtures.page(paper))
            let page = try sheet.composedPage(2, typesetter: typesetter)
            let rows = leadRows(page)
            XCTAssertEqual(rows.count, 17)
            let body = ComparisonPageFrame(sheet: sheet).body
            let last = try XCTUnwrap(rows.last).rect.maxY
            // At the usual 15 pt pitch the table ended near the body's middle (Letter: 274 pt of 592 free); opened, under a sixth is left.
            XCTAssertLessThan((body.maxY - last).points, body.height.points / 6, "\(paper): lead table ends at \(last), body at \(body.maxY)")
            XCTAssertLessThanOrEqual(last.points, body.maxY.points)
            for row in rows { XCTAssertEqual(row.rect.height.points, 28, accuracy: 0.01, "\(paper) \(row.name)") }
            var sizes: [Int: Set<Double>] = [:]
            for row in rows { for cell in row.cells where !cell.text.isEmpty { if let size = cell.size { sizes[cell.column, default: []].insert(size.points) } } }
            for (column, found) in sizes { XCTAssertEqual(found.count, 1, "\(paper): column \(column) mixes sizes \(found.sorted())") }
        }
        // A later band's short table (MINI's 3 leads on page 3) opens the same way, to the cap, not to fill the page.
        let three = try ComparisonSheet(catalog: ComparisonFixtures.withThirdSeries(), seriesIDs: ["PRO", "VALUE", "MINI"], page: ComparisonFixtures.page("letter"))
        let mini = leadRows(try three.composedPage(3, typesetter: typesetter))
        XCTAssertEqual(mini.count, 3)
        XCTAssertEqual(try XCTUnwrap(mini.first).rect.height.points, 28, accuracy: 0.01)
    }

    func testA5SheetsLetNotesThatDoNotFitFlowToTheNextPage() throws {
        let a5 = try ComparisonFixtures.page("a5")
        for language in Language.allCases {
            // As the command sets it: the language's own line breaking and Arabic's right-to-left paragraphs.
            let typesetter = try Typesetter(defaultStyle: TextStyle(language: language.code))
            let strings = try Strings.bundled(language)
            var catalog = try ComparisonFixtures.bundled()
            if language != .english {
                let overlay = CatalogTranslation.url(besideCatalog: ComparisonFixtures.catalogURL, language: language.code)
                catalog = try CatalogTranslation.load(from: overlay, language: language.code, for: catalog).apply(to: catalog)
            }
            let sheet = try ComparisonSheet(catalog: catalog, seriesIDs: ["PRO", "VALUE"], page: a5, strings: strings)
            let plan = try sheet.plan(typesetter: typesetter)
            // Every note is on exactly one page, in order, and every lead row of both series follows.
            var notes: [Int] = []
            var leads: [Int: Int] = [:]
            for content in plan {
                switch content {
                case .summary: notes += sheet.notes.indices
                case .summaryWithNotes(let range), .notes(let range): notes += range
                case .notesAndLeads(let range, let series, let positions):
                    notes += range
                    for index in series { leads[index, default: 0] += positions.count }
                case .summaryAndLeads(let series, let positions), .leads(let series, let positions):
                    for index in series { leads[index, default: 0] += positions.count }
                }
            }
            XCTAssertEqual(notes, Array(sheet.notes.indices), "\(language)")
            if language == .english {
                // One note moves; PRO's 17 rows fit whole under it, so page 2 is not left with a paragraph on it.
                XCTAssertEqual(plan, [.summaryWithNotes(0..<2), .notesAndLeads(notes: 2..<3, series: 0..<1, positions: 0..<17),
                                      .leads(series: 1..<2, positions: 0..<10)])
            }
            // Every cell's ink stays in its cell and every cell on the page's safe area, on every page.
            let safe = Rect(origin: .zero, size: a5.media).inset(by: a5.safeMargin)
            for number in 1...plan.count {
                for row in try sheet.composedPage(number, typesetter: typesetter).rows {
                    for cell in row.cells where !cell.text.isEmpty {
                        XCTAssertTrue(safe.contains(cell.rect), "\(language) p\(number) \(row.name)")
                        if let ink = cell.inkBounds { XCTAssertTrue(cell.contentRect.contains(ink, tolerance: .pt(0.01)), "\(language) p\(number) \(row.name) '\(cell.text)'") }
                    }
                }
            }
            XCTAssertEqual(leads, [0: 17, 1: 10], "\(language): \(plan)")
            var stream = sheet.pages(typesetter: typesetter)
            XCTAssertEqual(try stream.collect().count, plan.count, "\(language)")
            // The notes' text is on the sheet: the last note's series names appear after the notes heading.
            if let split = plan.firstIndex(where: { if case .notes = $0 { true } else if case .notesAndLeads = $0 { true } else { false } }) {
                let page = try sheet.composedPage(split + 1, typesetter: typesetter)
                let drawn = page.page.items.flatMap { $0.flattened() }.compactMap { item, _ -> String? in
                    guard case .glyphs(let run) = item else { return nil }
                    return run.text
                }.joined(separator: " ")
                XCTAssertTrue(drawn.contains(try strings.text(.compareNotes)), "\(language): \(drawn)")
            }
        }
    }
}
