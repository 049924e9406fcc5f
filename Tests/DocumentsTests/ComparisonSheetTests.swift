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

final class ComparisonSheetTests: XCTestCase {
    /// The customer wording of every row, in Table 3 order: what the buyer gets, never the catalog's group kind.
    private let labels = ["Alarm inputs (sensors, contacts)", "Alarm outputs (sirens, relays)", "Microphone inputs", "Audio outputs (speakers)",
                          "Dedicated chassis ground lead", "RS-485 serial connection", "Flying leads in total"]
    private let ground = "Dedicated chassis ground lead", rs485 = "RS-485 serial connection", leadsTotal = "Flying leads in total"
    private let alarmInputs = "Alarm inputs (sensors, contacts)"

    /// Renders a sheet to PDF and returns page 1's text.
    private func summaryText(_ sheet: ComparisonSheet) throws -> String {
        let target = try Tool.temporaryFolder().appendingPathComponent("sheet.pdf")
        _ = try Renderer().render(sheet.pages(typesetter: Typesetter()), to: target, settings: RenderSettings(format: .pdf))
        return try Tool.pdfText(target, page: 1)
    }

    /// The cell texts of each capability row as pdftotext lays them out: label -> the values after it.
    private func rowsInText(_ text: String) -> [String: [String]] {
        var found: [String: [String]] = [:]
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard let label = labels.first(where: { trimmed.hasPrefix($0 + " ") }) else { continue }
            // Values are the counts, "none", or Yes/No; note marks (superscripts) and the differs marker are left out.
            let marks = Set("⁰¹²³⁴⁵⁶⁷⁸⁹,")
            let rest = trimmed.dropFirst(label.count).split(separator: " ").map { String($0.filter { !marks.contains($0) }) }
            found[label] = rest.filter { Int($0) != nil || ["none", "Yes", "No"].contains($0) }
        }
        return found
    }

    private func expected(_ series: [Series]) -> [String: [String]] {
        var rows: [String: [String]] = [:]
        for (label, kind) in zip(labels, GroupKind.allCases) {
            let presence = kind == .ground || kind == .rs485
            rows[label] = series.map { series in
                let count = series.capabilities[kind] ?? 0
                return presence ? (count == 0 ? "No" : "Yes") : (count == 0 ? "none" : String(count))
            }
        }
        rows[leadsTotal] = series.map { String($0.leadCount) }
        return rows
    }

    func testSheetCountsEqualTheCatalogAndTable3() throws {
        let catalog = try ComparisonFixtures.bundled()
        let sheet = try ComparisonSheet(catalog: catalog, seriesIDs: ["PRO", "VALUE"], page: ComparisonFixtures.page("letter"))
        // The bulletin's Table 3, typed here on purpose: the sheet must agree with the source document.
        XCTAssertEqual(sheet.rows.map(\.counts), [[2, 1], [2, 1], [1, 1], [1, 1], [1, 0], [1, 0], [17, 10]])
        XCTAssertEqual(sheet.rows.map(\.englishLabel), labels)
        let text = try summaryText(sheet)
        let onSheet = rowsInText(text)
        XCTAssertEqual(onSheet, expected(catalog.series.filter { ["PRO", "VALUE"].contains($0.id) }), text)
        XCTAssertEqual(onSheet[alarmInputs], ["2", "1"])
        XCTAssertEqual(onSheet[rs485], ["Yes", "No"])
        XCTAssertEqual(onSheet[leadsTotal], ["17", "10"])
        for series in catalog.series {
            XCTAssertTrue(text.contains(series.name), "series name \(series.name) missing")
        }
        XCTAssertTrue(text.contains("17 flying leads for alarm"), "PRO description missing:\n\(text)")
    }

    func testChangingAGroupKindChangesTheSheet() throws {
        let catalog = try ComparisonFixtures.bundled(replacing: "{id: rs485, name: RS-485, kind: rs485}", with: "{id: rs485, name: RS-485, kind: ground}")
        let sheet = try ComparisonSheet(catalog: catalog, seriesIDs: ["PRO", "VALUE"], page: ComparisonFixtures.page("letter"))
        let onSheet = rowsInText(try summaryText(sheet))
        // Two ground groups are a count, not a yes or no.
        XCTAssertEqual(onSheet[ground], ["2", "none"])
        XCTAssertEqual(onSheet[rs485], ["No", "No"])
        XCTAssertEqual(sheet.rows.first { $0.subject == .capability(.rs485) }?.differs, false)
    }

    func testZeroReadsNoneAndDifferingRowsCarryAMarkerNotJustColour() throws {
        let sheet = try ComparisonSheet(catalog: ComparisonFixtures.bundled(), seriesIDs: ["PRO", "VALUE"], page: ComparisonFixtures.page("letter"))
        let composed = try sheet.composedPage(1, typesetter: Typesetter())
        for row in sheet.rows {
            let placed = try XCTUnwrap(composed.rows.first { $0.name == row.englishLabel })
            XCTAssertEqual(placed.cells.last?.text, row.differs ? "≠ differs" : "", row.englishLabel)
            for (column, count) in row.counts.enumerated() where count == 0 {
                XCTAssertTrue(placed.cells[column + 1].text.hasPrefix(row.isPresence ? "No" : "none"), row.englishLabel)
            }
        }
        XCTAssertEqual(sheet.rows.filter(\.differs).map(\.englishLabel), [labels[0], labels[1], ground, rs485, leadsTotal])
    }

    func testDifferencesOnlyKeepsExactlyTheDifferingRows() throws {
        let catalog = try ComparisonFixtures.bundled()
        let all = try ComparisonSheet(catalog: catalog, seriesIDs: ["PRO", "VALUE"], page: ComparisonFixtures.page("letter"))
        let sheet = try ComparisonSheet(catalog: catalog, seriesIDs: ["PRO", "VALUE"], page: ComparisonFixtures.page("letter"), differencesOnly: true)
        let differing = all.rows.filter(\.differs).map(\.englishLabel)
        XCTAssertEqual(sheet.rows.map(\.englishLabel), differing)
        let onSheet = rowsInText(try summaryText(sheet))
        XCTAssertEqual(Set(onSheet.keys), Set(differing))
        // The microphone notes belong to a dropped row; only the ground note remains, renumbered.
        XCTAssertEqual(sheet.notes.map(\.number), [1])
        XCTAssertTrue(sheet.notes[0].text.hasPrefix("Ground"))
        XCTAssertEqual(sheet.rows.first { $0.englishLabel == ground }?.notes, [[1], []])
    }

    func testFootnotesAreRenumberedPerSheet() throws {
        let sheet = try ComparisonSheet(catalog: ComparisonFixtures.bundled(), seriesIDs: ["PRO", "VALUE"], page: ComparisonFixtures.page("letter"))
        XCTAssertEqual(sheet.notes.map(\.subjects), [["PRO Series"], ["VALUE Series"], ["PRO Series"]])
        XCTAssertEqual(sheet.rows.first { $0.englishLabel == "Microphone inputs" }?.englishCell(0), "1 ¹")
        XCTAssertEqual(sheet.rows.first { $0.englishLabel == "Microphone inputs" }?.englishCell(1), "1 ²")
        XCTAssertEqual(sheet.rows.first { $0.englishLabel == ground }?.englishCell(0), "Yes ³")
    }

    func testQuoteHeaderPrintsGivenFieldsOnEveryPageAndNothingForAbsentOnes() throws {
        let catalog = try ComparisonFixtures.bundled()
        let header = QuoteHeader(customer: "Northwind Security", quoteNumber: "Q-2025-0142", date: "2025-11-26", preparedBy: "Dana Ruiz", validUntil: "2025-12-31")
        // Dates print in the one customer format, whatever the order they were typed in.
        XCTAssertEqual(try header.fields(in: .bundled(.english)).map(\.value), ["Northwind Security", "Q-2025-0142", "26 November 2025", "Dana Ruiz", "31 December 2025"])
        let full = try ComparisonSheet(catalog: catalog, seriesIDs: ["PRO", "VALUE"], page: ComparisonFixtures.page("letter"), header: header)
        let target = try Tool.temporaryFolder().appendingPathComponent("full.pdf")
        _ = try Renderer().render(full.pages(typesetter: Typesetter()), to: target, settings: RenderSettings(format: .pdf))
        for page in [1, 2] {
            let text = try Tool.pdfText(target, page: page)
            for (label, value) in try header.fields(in: full.strings) {
                XCTAssertNotNil(text.range(of: "\(label)\\s+\(value)", options: .regularExpression), "page \(page) lacks \(label) \(value):\n\(text)")
            }
            XCTAssertTrue(text.contains("Page \(page) of 2"))
        }
        let bare = try ComparisonSheet(catalog: catalog, seriesIDs: ["PRO", "VALUE"], page: ComparisonFixtures.page("letter"),
                                       header: QuoteHeader(customer: "  ", date: "2025-11-26"))
        let text = try summaryText(bare)
        for label in ["Customer", "Quote no.", "Prepared by", "Valid until"] {
            XCTAssertFalse(text.contains(label), "absent field \(label) left a label:\n\(text)")
        }
        XCTAssertNotNil(text.range(of: "Date\\s+26 November 2025", options: .regularExpression))
        let composed = try bare.composedPage(1, typesetter: Typesetter())
        XCTAssertEqual(composed.rows.filter { $0.name.hasPrefix("quote field") }.map(\.name), ["quote field Date"])
    }

    func testFooterNamesPublisherRevisionAndPage() throws {
        let catalog = try ComparisonFixtures.bundled()
        let sheet = try ComparisonSheet(catalog: catalog, seriesIDs: ["PRO", "VALUE"], page: ComparisonFixtures.page("a4"), summaryOnly: true)
        let text = try summaryText(sheet)
        let p = catalog.publisher
        for part in [p.name, p.address, p.phone, p.email, p.web].compactMap({ $0 }) + [catalog.info.revision, "Page 1 of 1"] {
            XCTAssertTrue(text.contains(part), "footer lacks \(part):\n\(text)")
        }
    }

    func testSecondPageSetsEveryLeadSideBySideAndSummaryOnlyOmitsIt() throws {
        let catalog = try ComparisonFixtures.bundled()
        let typesetter = try Typesetter()
        let sheet = try ComparisonSheet(catalog: catalog, seriesIDs: ["PRO", "VALUE"], page: ComparisonFixtures.page("letter"))
        XCTAssertEqual(try sheet.plan(typesetter: typesetter), [.summary, .leads(series: 0..<2, positions: 0..<17)])
        let leads = try sheet.composedPage(2, typesetter: typesetter)
        let rows = leads.rows.filter { $0.name.hasPrefix("lead ") && !$0.name.hasPrefix("lead table") }
        XCTAssertEqual(rows.count, 17)
        // Row 9: PRO's GND beside nothing of VALUE, which has 10 leads; row 10 holds both series.
        let nine = try XCTUnwrap(rows.first { $0.name == "lead 10" })
        XCTAssertEqual(nine.cells.map(\.text).filter { !$0.isEmpty },
                       ["10", "Black BK", "LINEIN_GND", "Microphone input ground", "Microphone input", "Purple VT", "LINE_OUT_L", "Left audio output", "Audio output"])
        XCTAssertEqual(rows[16].cells.map(\.text).filter { !$0.isEmpty }, ["17", "Red RD", "RS485+", "RS-485 data +", "RS-485"])
        let short = try ComparisonSheet(catalog: catalog, seriesIDs: ["PRO", "VALUE"], page: ComparisonFixtures.page("letter"), summaryOnly: true)
        XCTAssertEqual(try short.plan(typesetter: typesetter), [.summary])
        var stream = short.pages(typesetter: typesetter)
        XCTAssertEqual(try stream.collect().count, 1)
    }

    func testEveryColumnOfTheLeadTablesHasOneTextSize() throws {
        let typesetter = try Typesetter()
        for page in ["letter", "a4"] {
            let sheet = try ComparisonSheet(catalog: try ComparisonFixtures.bundled(), seriesIDs: ["PRO", "VALUE"], page: ComparisonFixtures.page(page))
            let rows = try sheet.composedPage(2, typesetter: typesetter).rows.filter { $0.name.hasPrefix("lead ") && !$0.name.hasPrefix("lead table") }
            var sizes: [Int: Set<Double>] = [:]
            for row in rows {
                for cell in row.cells where !cell.text.isEmpty { if let size = cell.size { sizes[cell.column, default: []].insert(size.points) } }
            }
            for (column, found) in sizes { XCTAssertEqual(found.count, 1, "\(page): column \(column) mixes sizes \(found.sorted())") }
        }
    }

    func testTextStaysInsideItsCellsOnEveryPageAndPreset() throws {
        let typesetter = try Typesetter()
        let sheets = [
            try ComparisonSheet(catalog: ComparisonFixtures.bundled(), seriesIDs: ["PRO", "VALUE"], page: ComparisonFixtures.page("letter"),
                                header: QuoteHeader(customer: "Northwind Security", quoteNumber: "Q-1", date: "2025-11-26")),
            try ComparisonSheet(catalog: ComparisonFixtures.bundled(), seriesIDs: ["VALUE", "PRO"], page: ComparisonFixtures.page("a4")),
            try ComparisonSheet(catalog: ComparisonFixtures.withThirdSeries(), seriesIDs: ["PRO", "VALUE", "MINI"], page: ComparisonFixtures.page("a4")),
        ]
        var checked = 0, drawn = 0
        for sheet in sheets {
            let plan = try sheet.plan(typesetter: typesetter)
            for number in 1...plan.count {
                let composed = try sheet.composedPage(number, typesetter: typesetter)
                let page = Rect(origin: .zero, size: sheet.page.media).inset(by: sheet.page.safeMargin)
                var cellRects: [Rect] = []
                for row in composed.rows {
                    for cell in row.cells where !cell.text.isEmpty {
                        let ink = try XCTUnwrap(cell.inkBounds)
                        XCTAssertTrue(cell.contentRect.contains(ink), "\(sheet.title) p\(number) \(row.name): '\(cell.text)' ink \(ink) outside \(cell.contentRect)")
                        XCTAssertTrue(cell.rect.contains(cell.contentRect))
                        XCTAssertTrue(page.contains(cell.rect), "\(row.name) cell outside the safe area")
                        cellRects.append(cell.rect)
                        checked += 1
                    }
                }
                // Every glyph run drawn for a cell's text (or one line of it: a wrapped line may equal another cell's
                // whole text, e.g. "RS-485") lies in a cell with that text, as drawn, not only as the layout reports.
                let cells = composed.rows.flatMap(\.cells).filter { !$0.text.isEmpty }
                for (item, transform) in composed.page.items.flatMap({ $0.flattened() }) {
                    guard case .glyphs(let run) = item else { continue }
                    let ink = transform.apply(run.pageInkBounds)
                    XCTAssertTrue(page.contains(ink, tolerance: .pt(0.01)), "'\(run.text)' outside the safe area")
                    let exact = cells.filter { $0.text == run.text }
                    let wrapping = cells.filter { $0.text.count > run.text.count && $0.text.contains(run.text) }
                    let rects = (exact + wrapping).map(\.contentRect)
                    if !exact.isEmpty {
                        XCTAssertTrue(rects.contains { $0.contains(ink, tolerance: .pt(0.01)) }, "'\(run.text)' drawn outside its cell")
                        drawn += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(drawn, 100)
        XCTAssertGreaterThan(checked, 100)
    }

    func testMoreSeriesThanFitAcrossMoveToTheirOwnLeadPage() throws {
        let catalog = try ComparisonFixtures.withThirdSeries()
        let sheet = try ComparisonSheet(catalog: catalog, seriesIDs: ["PRO", "VALUE", "MINI"], page: ComparisonFixtures.page("letter"))
        XCTAssertEqual(sheet.rows.first { $0.englishLabel == rs485 }?.counts, [1, 0, 1])
        XCTAssertEqual(try sheet.plan(typesetter: Typesetter()),
                       [.summary, .leads(series: 0..<2, positions: 0..<17), .leads(series: 2..<3, positions: 0..<3)])
    }

    func testSeriesChoiceIsChecked() throws {
        let catalog = try ComparisonFixtures.bundled()
        let letter = try ComparisonFixtures.page("letter")
        XCTAssertThrowsError(try ComparisonSheet(catalog: catalog, seriesIDs: ["PRO", "NOPE"], page: letter)) { error in
            XCTAssertEqual(error as? DocumentError, .unknownSeries("NOPE", known: ["PRO", "VALUE"]))
        }
        XCTAssertThrowsError(try ComparisonSheet(catalog: catalog, seriesIDs: ["PRO"], page: letter))
        XCTAssertThrowsError(try ComparisonSheet(catalog: catalog, seriesIDs: ["PRO", "PRO"], page: letter))
        XCTAssertThrowsError(try ComparisonSheet(catalog: catalog, seriesIDs: Array(repeating: "PRO", count: 6), page: letter))
    }

    func testTodayFollowsSourceDateEpochInUTC() {
        XCTAssertEqual(QuoteHeader.today(environment: ["SOURCE_DATE_EPOCH": "1764115200"]), "2025-11-26")
        // 23:59:59 UTC stays on its UTC day whatever the machine's zone.
        XCTAssertEqual(QuoteHeader.today(environment: ["SOURCE_DATE_EPOCH": "1764201599"]), "2025-11-26")
        XCTAssertEqual(QuoteHeader.today(environment: [:], now: Date(timeIntervalSince1970: 1764158400)).count, 10)
    }

    func testDifferingRowsAreTintedInThePNG() throws {
        let sheet = try ComparisonSheet(catalog: ComparisonFixtures.bundled(), seriesIDs: ["PRO", "VALUE"], page: ComparisonFixtures.page("letter"), summaryOnly: true)
        let typesetter = try Typesetter()
        let composed = try sheet.composedPage(1, typesetter: typesetter)
        let target = try Tool.temporaryFolder().appendingPathComponent("sheet.png")
        _ = try Renderer().render(sheet.pages(typesetter: typesetter), to: target, settings: RenderSettings(format: .png, dpi: 72))
        let image = try XCTUnwrap(PNGImage(target))
        for row in sheet.rows {
            let placed = try XCTUnwrap(composed.rows.first { $0.name == row.englishLabel })
            // Sample the label cell's right end, clear of its text.
            let probe = Point(x: placed.cells[0].rect.maxX - .pt(3), y: placed.rect.midY)
            XCTAssertEqual(image.pixel(at: probe, dpi: 72), row.differs ? RGBColor(hex: "#FCEFD2") : .white, row.englishLabel)
        }
    }

    func testLeadTablesJoinPageOneWhenTheyFitWholeAndPageOneIsNeverHalfEmpty() throws {
        let catalog = try ComparisonFixtures.bundled()
        let typesetter = try Typesetter()
        let letter = try ComparisonFixtures.page("letter")
        // Five differing rows leave room for all 17 lead rows under the summary: one page.
        let short = try ComparisonSheet(catalog: catalog, seriesIDs: ["PRO", "VALUE"], page: letter, differencesOnly: true)
        XCTAssertEqual(try short.plan(typesetter: typesetter), [.summaryAndLeads(series: 0..<2, positions: 0..<17)])
        let one = try short.composedPage(1, typesetter: typesetter)
        let leadRows = one.rows.filter { $0.name.hasPrefix("lead ") && !$0.name.hasPrefix("lead table") }
        XCTAssertEqual(leadRows.count, 17)
        let lastSummaryRow = try XCTUnwrap(one.rows.last { $0.name == "Flying leads in total" })
        XCTAssertLessThan(lastSummaryRow.rect.maxY, try XCTUnwrap(leadRows.first).rect.minY)
        let frame = ComparisonPageFrame(sheet: short)
        XCTAssertLessThanOrEqual(try XCTUnwrap(leadRows.last).rect.maxY, frame.body.maxY)
        // All seven rows and three notes leave no room for the whole table: it gets page 2, and page 1's rows open up to fill the page.
        let full = try ComparisonSheet(catalog: catalog, seriesIDs: ["PRO", "VALUE"], page: letter)
        let summary = try full.composedPage(1, typesetter: typesetter)
        let heights = full.rows.compactMap { row in summary.rows.first { $0.name == row.englishLabel }?.rect.height.points }
        XCTAssertEqual(heights.count, 7)
        for height in heights { XCTAssertGreaterThan(height, 22.5) }
        let bottom = summary.page.items.flatMap { $0.flattened() }.compactMap { entry -> Length? in
            guard case .glyphs(let run) = entry.item else { return nil }
            let ink = entry.transform.apply(run.pageInkBounds)
            return ink.maxY <= frame.body.maxY ? ink.maxY : nil
        }.max()
        let lowest = try XCTUnwrap(bottom)
        XCTAssertLessThan((frame.body.maxY - lowest).points, frame.body.height.points / 10, "page 1's body ends at \(lowest), a tenth or more left empty")
        XCTAssertTrue(heights.allSatisfy { $0 <= 56.001 }, "rows opened past the 56 pt pitch: \(heights)")
        // A summary-only sheet uses its page the same way.
        let alone = try ComparisonSheet(catalog: catalog, seriesIDs: ["PRO", "VALUE"], page: letter, summaryOnly: true)
        let page = try alone.composedPage(1, typesetter: typesetter)
        let aloneBottom = try XCTUnwrap(page.page.items.flatMap { $0.flattened() }.compactMap { entry -> Length? in
            guard case .glyphs(let run) = entry.item else { return nil }
            let ink = entry.transform.apply(run.pageInkBounds)
            return ink.maxY <= frame.body.maxY ? ink.maxY : nil
        }.max())
        XCTAssertLessThan((frame.body.maxY - aloneBottom).points, frame.body.height.points / 10, "summary-only: the body ends at \(aloneBottom)")
    }
}

extension ComparisonRow {
    // The bundled English table is checked key by key in LocalizationTests; a failure to load it here stops the test run loudly.
    var englishLabel: String { try! label(in: .bundled(.english)) }
    func englishCell(_ column: Int) -> String { try! cellText(column, in: .bundled(.english)) }
}
