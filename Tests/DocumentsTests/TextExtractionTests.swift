import DisplayList
import Documents
import Foundation
import Layout
import LeadCatalog
import Render
import TestSupport
import Typesetting
import XCTest

/// Every signal label reads back as printed from `pdftotext` in its default mode, which joins a line ending in
/// a hyphen-minus to the next one unless the PDF says otherwise.
final class TextExtractionTests: XCTestCase {
    private func words(_ pages: PageStream, _ name: String) throws -> [String] {
        let target = try Tool.temporaryFolder().appendingPathComponent(name)
        _ = try Renderer().render(pages, to: target, settings: RenderSettings(format: .pdf))
        let result = try Tool.run("pdftotext", [target.path, "-"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    private func assertLabels(_ series: [Series], in words: [String], _ document: String, file: StaticString = #filePath, line: UInt = #line) {
        let found = Set(words)
        for lead in series.flatMap(\.leads) where !found.contains(lead.label) {
            XCTFail("\(document): '\(lead.label)' is not a word of the extracted text", file: file, line: line)
        }
    }

    func testTheCatalogHasLabelsEndingInAHyphen() throws {
        let labels = try TagFixture.catalog().series.flatMap(\.leads).map(\.label)
        XCTAssertTrue(labels.contains("LIN/MIC-"))
        XCTAssertTrue(labels.contains("RS485-"))
    }

    func testCardsKeepEveryLabel() throws {
        let catalog = try TagFixture.catalog()
        let library = try TagFixture.presets()
        let typesetter = try Typesetter()
        for preset in library.presets(ofKinds: [.card]) {
            for series in catalog.series {
                let card = PinoutCard(series: series, catalog: catalog, preset: preset)
                assertLabels([series], in: try words(card.pages(typesetter: typesetter, duplex: false, sheet: nil), "card.pdf"), "\(series.id) \(preset.name) card")
            }
        }
        let card = PinoutCard(series: catalog.series[0], catalog: catalog, preset: try library.preset(named: "cr80", kinds: [.card]))
        let sheet = try library.preset(named: "a4", kinds: [.page])
        assertLabels([catalog.series[0]], in: try words(card.pages(typesetter: typesetter, duplex: true, sheet: sheet), "sheet.pdf"), "imposed cr80 card")
    }

    func testTagSheetsKeepEveryLabel() throws {
        let catalog = try TagFixture.catalog()
        let typesetter = try Typesetter()
        for preset in try TagFixture.presets().presets(ofKinds: [.sheet, .roll]) {
            let order = try TagOrder(series: catalog.series)
            let sheet = try TagSheet(order: order, preset: preset)
            assertLabels(catalog.series, in: try words(sheet.pages(typesetter: typesetter), "tags.pdf"), "tags on \(preset.name)")
        }
    }

    func testComparisonSheetKeepsEveryLabel() throws {
        let catalog = try TagFixture.catalog()
        let sheet = try ComparisonSheet(catalog: catalog, seriesIDs: catalog.series.map(\.id), page: try TagFixture.presets().preset(named: "letter", kinds: [.page]))
        assertLabels(catalog.series, in: try words(sheet.pages(typesetter: Typesetter()), "compare.pdf"), "comparison sheet")
    }
}
