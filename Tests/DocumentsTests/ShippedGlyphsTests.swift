import DisplayList
import Documents
import Layout
import LeadCatalog
import TestSupport
import Typesetting
import XCTest

/// Every document the CLI ships, inspected as a display list: no glyph is the font's .notdef box (glyph id 0).
final class ShippedGlyphsTests: XCTestCase {
    func testNoShippedDocumentDrawsGlyphZero() throws {
        let catalog = try CardFixtures.catalog()
        let presets = try CardFixtures.presets()
        let typesetter = try Typesetter()
        let cards = presets.presets.filter { $0.kind == .card }
        let cr80 = try presets.preset(named: "cr80", kinds: [.card])
        var streams: [(String, PageStream)] = []
        for pageName in ["letter", "a4"] {
            let page = try presets.preset(named: pageName, kinds: [.page])
            streams.append(("swatches \(pageName)", try SwatchSheet(palette: catalog.palette, page: page, sourceNote: "test").pages(typesetter: typesetter)))
            streams.append(("compare \(pageName)", try ComparisonSheet(catalog: catalog, seriesIDs: catalog.series.prefix(2).map(\.id), page: page,
                                                                        header: QuoteHeader(date: "2026-01-01")).pages(typesetter: typesetter)))
        }
        for series in catalog.series {
            for media in [try presets.preset(named: "avery-5160", kinds: [.sheet]), try presets.preset(named: "brother-hse-8.8mm", kinds: [.roll])] {
                streams.append(("tags \(series.id) \(media.name)", try TagSheet(order: TagOrder(series: [series]), preset: media).pages(typesetter: typesetter)))
            }
            streams.append(("card \(series.id)", try PinoutCard(series: series, catalog: catalog, preset: cr80, alternatives: cards)
                .pages(typesetter: typesetter, duplex: true, sheet: try presets.preset(named: "letter", kinds: [.page]))))
        }
        for (name, var stream) in streams {
            var glyphs = 0
            while let page = try stream.next() {
                for (item, _) in page.items.flatMap({ $0.flattened() }) {
                    guard case .glyphs(let run) = item else { continue }
                    glyphs += run.glyphs.count
                    XCTAssertFalse(run.glyphs.contains { $0.id == 0 }, "\(name): .notdef in '\(run.text)'")
                }
            }
            XCTAssertGreaterThan(glyphs, 0, name)
        }
    }
}
