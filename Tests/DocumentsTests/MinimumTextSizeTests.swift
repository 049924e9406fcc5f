import DisplayList
import Documents
import Foundation
import Geometry
import Layout
import LeadCatalog
import TestSupport
import Typesetting
import XCTest

/// No glyph is set below its preset's minimum text size, on every preset and for both series.
final class MinimumTextSizeTests: XCTestCase {
    /// Every glyph run on a page with the size it prints at (group transforms applied).
    static func runs(_ items: [Item], scale: Double = 1) -> [(text: String, size: Double)] {
        items.flatMap { item -> [(text: String, size: Double)] in
            switch item {
            case .glyphs(let run): return [(run.text, run.size.points * scale)]
            case .group(let group):
                let t = group.transform
                return runs(group.items, scale: scale * (abs(t.a * t.d - t.b * t.c)).squareRoot())
            default: return []
            }
        }
    }

    private func assertMinimum(_ pages: [Page], _ minimum: Length, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let all = pages.flatMap { Self.runs($0.items) }
        XCTAssertFalse(all.isEmpty, "\(what): no text", file: file, line: line)
        for small in all where small.size < minimum.points - 1e-6 {
            XCTFail("\(what): '\(small.text)' at \(small.size) pt, below \(minimum.points) pt", file: file, line: line)
        }
    }

    func testTheShippedPresetsSayTheirMinimum() throws {
        let library = try TagFixture.presets()
        for preset in library.presets(ofKinds: Set(Preset.Kind.allCases)) {
            let thermal = preset.kind == .roll && preset.dpi != nil
            XCTAssertEqual(preset.minimumTextSize, thermal ? .pt(5) : .pt(6), preset.name)
        }
    }

    func testTagsOnEveryPresetAndSeries() throws {
        let typesetter = try Typesetter()
        for preset in try TagFixture.presets().presets(ofKinds: [.sheet, .roll]) {
            for series in try TagFixture.catalog().series {
                for serial in [nil, 1] as [Int?] {
                    let order = try TagOrder(series: [series], serialStart: serial)
                    var stream = try TagSheet(order: order, preset: preset).pages(typesetter: typesetter)
                    assertMinimum(try stream.collect(), preset.minimumTextSize, "\(series.id) tags on \(preset.name)\(serial == nil ? "" : " with serials")")
                }
            }
        }
    }

    func testCardsOnEveryPresetAndSeries() throws {
        let catalog = try TagFixture.catalog()
        let typesetter = try Typesetter()
        for preset in try TagFixture.presets().presets(ofKinds: [.card]) {
            for series in catalog.series {
                var stream = try PinoutCard(series: series, catalog: catalog, preset: preset).pages(typesetter: typesetter, duplex: false, sheet: nil)
                assertMinimum(try stream.collect(), preset.minimumTextSize, "\(series.id) card on \(preset.name)")
            }
        }
    }

    func testComparisonSheetsAndSwatchPagesOnEveryPage() throws {
        let catalog = try TagFixture.catalog()
        let typesetter = try Typesetter()
        for page in try TagFixture.presets().presets(ofKinds: [.page]) {
            var compare = try ComparisonSheet(catalog: catalog, seriesIDs: catalog.series.map(\.id), page: page).pages(typesetter: typesetter)
            assertMinimum(try compare.collect(), page.minimumTextSize, "comparison sheet on \(page.name)")
            var swatches = SwatchSheet(palette: catalog.palette, page: page, sourceNote: "palette.yaml").pages(typesetter: typesetter)
            assertMinimum(try swatches.collect(), page.minimumTextSize, "swatch page on \(page.name)")
        }
    }
}
