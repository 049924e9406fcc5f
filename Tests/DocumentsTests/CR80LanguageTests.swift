import DisplayList
import Documents
import Foundation
import Geometry
import Layout
import LeadCatalog
import Localization
import TestSupport
import Typesetting
import XCTest

/// The wallet-size CR80 card in all six languages, and golden display lists of its Chinese and Arabic backs.
final class CR80LanguageTests: XCTestCase {
    static let golden = Tool.repositoryRoot.appendingPathComponent("Tests/DocumentsTests/Fixtures/golden")

    private func card(_ language: Language, series id: String) throws -> (PinoutCard, Typesetter) {
        var catalog = try CardFixtures.catalog()
        if language != .english {
            let overlay = CatalogTranslation.url(besideCatalog: ComparisonFixtures.catalogURL, language: language.code)
            catalog = try CatalogTranslation.load(from: overlay, language: language.code, for: catalog).apply(to: catalog)
        }
        let series = try XCTUnwrap(catalog.series.first { $0.id == id })
        let preset = try CardFixtures.presets().preset(named: "cr80", kinds: [.card])
        return (PinoutCard(series: series, catalog: catalog, preset: preset, strings: try Strings.bundled(language)),
                try Typesetter(defaultStyle: TextStyle(language: language.code)))
    }

    func testEveryLanguageFitsACR80CardAtSixPointOrMore() throws {
        for language in [Language.english, .spanish, .french, .german, .simplifiedChinese, .arabic] {
            for id in ["PRO", "VALUE"] {
                let (card, typesetter) = try card(language, series: id)
                let faces = try card.faces(typesetter: typesetter)
                XCTAssertGreaterThanOrEqual(faces.front.table.columns.size.points, 6, "\(language.code) \(id) front")
                XCTAssertGreaterThanOrEqual(faces.back.textSize.points, 6, "\(language.code) \(id) back")
                // Every row on the front: nothing continued on the back of a CR80 in any language.
                XCTAssertEqual(faces.front.table.rows.count, card.series.leadCount, "\(language.code) \(id)")
            }
        }
    }

    /// The back's display list, item by item, against the committed one (LEADPRINT_UPDATE_GOLDEN=1 writes it anew).
    func testChineseAndArabicBacksMatchTheirGoldenDisplayLists() throws {
        for language in [Language.simplifiedChinese, .arabic] {
            let (card, typesetter) = try card(language, series: "PRO")
            var stream = try card.pages(typesetter: typesetter, duplex: false, sheet: nil)
            _ = try XCTUnwrap(stream.next())
            let back = try XCTUnwrap(stream.next())
            let dump = DisplayListDump.dump(back) + "\n"
            let url = Self.golden.appendingPathComponent("card-cr80-pro-back-\(language.code).txt")
            if ProcessInfo.processInfo.environment["LEADPRINT_UPDATE_GOLDEN"] == "1" {
                try dump.write(to: url, atomically: true, encoding: .utf8)
            }
            let expected = try String(contentsOf: url, encoding: .utf8)
            if dump != expected {
                let got = dump.split(separator: "\n", omittingEmptySubsequences: false), want = expected.split(separator: "\n", omittingEmptySubsequences: false)
                let first = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }
                XCTFail("\(language.code): the CR80 back differs from \(url.lastPathComponent) at line \((first?.offset ?? min(got.count, want.count)) + 1): "
                        + "\(first.map { "got \($0.element.0), want \($0.element.1)" } ?? "\(got.count) lines, want \(want.count)")")
            }
        }
    }
}
