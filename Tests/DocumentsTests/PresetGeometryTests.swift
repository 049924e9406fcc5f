import DisplayList
import Documents
import Geometry
import Layout
import TestSupport
import XCTest

/// Every shipped tag preset against the stock geometry it claims, typed in here independently in points.
final class PresetGeometryTests: XCTestCase {
    private struct Expected {
        var page: (Double, Double)
        var label: (Double, Double)
        var columns: Int, rows: Int
        var x0: Double, y0: Double, dx: Double, dy: Double
    }

    private static let mm = 72.0 / 25.4
    private static let inch = 72.0
    private static let a4 = (210 * mm, 297 * mm)

    private static let expected: [String: Expected] = [
        "avery-5160": Expected(page: (612, 792), label: (2.625 * inch, 72), columns: 3, rows: 10, x0: 0.15625 * inch, y0: 36, dx: 2.78125 * inch, dy: 72),
        "avery-l7160": Expected(page: a4, label: (63.5 * mm, 38.1 * mm), columns: 3, rows: 7, x0: 7.2 * mm, y0: 15.15 * mm, dx: 66.04 * mm, dy: 38.1 * mm),
        "avery-l7651": Expected(page: a4, label: (38.1 * mm, 21.2 * mm), columns: 5, rows: 13, x0: 4.7 * mm, y0: 10.9 * mm, dx: 40.6 * mm, dy: 21.2 * mm),
        "cablebug-mini": Expected(page: a4, label: (46.7 * mm, 7 * mm), columns: 4, rows: 39, x0: 12 * mm, y0: 12 * mm, dx: 46.7 * mm, dy: 7 * mm),
        "laser-sleeve-a4": Expected(page: a4, label: (10 * mm, 50 * mm), columns: 15, rows: 5, x0: 12.5 * mm, y0: 20 * mm, dx: 12.5 * mm, dy: 52 * mm),
        "brother-hse-8.8mm": Expected(page: (40 * mm, 8.8 * mm), label: (40 * mm, 8.8 * mm), columns: 1, rows: 1, x0: 0, y0: 0, dx: 40 * mm, dy: 8.8 * mm),
        "brother-hse-11.7mm": Expected(page: (40 * mm, 11.7 * mm), label: (40 * mm, 11.7 * mm), columns: 1, rows: 1, x0: 0, y0: 0, dx: 40 * mm, dy: 11.7 * mm),
        "brady-bm-31-427": Expected(page: (72, 108), label: (72, 108), columns: 1, rows: 1, x0: 0, y0: 0, dx: 72, dy: 108),
        "brother-hse-8.8mm-180dpi": Expected(page: (40 * mm, 8.8 * mm), label: (40 * mm, 8.8 * mm), columns: 1, rows: 1, x0: 0, y0: 0, dx: 40 * mm, dy: 8.8 * mm),
        "brother-hse-11.7mm-180dpi": Expected(page: (40 * mm, 11.7 * mm), label: (40 * mm, 11.7 * mm), columns: 1, rows: 1, x0: 0, y0: 0, dx: 40 * mm, dy: 11.7 * mm),
        "zebra-die-cut-2x1in": Expected(page: (2 * inch, inch), label: (2 * inch, inch), columns: 1, rows: 1, x0: 0, y0: 0, dx: 2 * inch, dy: inch),
        "zebra-sleeve-12mm-300dpi": Expected(page: (40 * mm, 12 * mm), label: (40 * mm, 12 * mm), columns: 1, rows: 1, x0: 0, y0: 0, dx: 40 * mm, dy: 12 * mm),
    ]

    func testEveryTagPresetIsShippedWithProvenance() throws {
        let library = try TagFixture.presets()
        let tagPresets = library.presets(ofKinds: [.sheet, .roll])
        XCTAssertEqual(Set(tagPresets.map(\.name)), Set(Self.expected.keys))
        for preset in tagPresets { XCTAssertFalse(preset.source.isEmpty, preset.name) }
        XCTAssertFalse(try TagFixture.preset("laser-sleeve-a4").verified, "the generic sleeve sheet has no verified geometry")
        XCTAssertEqual(try TagFixture.preset("brother-hse-8.8mm").dpi, 360)
        XCTAssertEqual(try TagFixture.preset("brother-hse-8.8mm").printable?.height.millimetres ?? 0, 6.77, accuracy: 1e-9)
        XCTAssertEqual(try TagFixture.preset("brady-bm-31-427").printable?.size, Size(width: .inch(1), height: .inch(0.5)))
    }

    func testLabelOriginsMatchTheGridAndLabelsFitThePage() throws {
        for (name, e) in Self.expected {
            let preset = try TagFixture.preset(name)
            XCTAssertEqual(preset.media.width.points, e.page.0, accuracy: 1e-6, name)
            XCTAssertEqual(preset.media.height.points, e.page.1, accuracy: 1e-6, name)
            XCTAssertEqual(preset.label.width.points, e.label.0, accuracy: 1e-6, name)
            XCTAssertEqual(preset.label.height.points, e.label.1, accuracy: 1e-6, name)
            XCTAssertEqual(preset.labelsPerPage, e.columns * e.rows, name)
            let grid = LabelGrid(preset: preset)
            let page = Rect(origin: .zero, size: preset.media)
            for index in 0..<grid.count {
                let origin = grid.origin(of: index)
                XCTAssertEqual(origin.x.points, e.x0 + Double(index % e.columns) * e.dx, accuracy: 1e-6, "\(name) label \(index + 1)")
                XCTAssertEqual(origin.y.points, e.y0 + Double(index / e.columns) * e.dy, accuracy: 1e-6, "\(name) label \(index + 1)")
                XCTAssertTrue(page.contains(grid.rect(of: index)), "\(name) label \(index + 1) runs off the page")
                XCTAssertTrue(grid.rect(of: index).contains(preset.safeArea.offsetBy(dx: origin.x, dy: origin.y)), name)
            }
        }
    }

    func testOutlinesAreDrawnOnTheGrid() throws {
        for name in Self.expected.keys {
            let preset = try TagFixture.preset(name)
            let sheet = try TagSheet(order: TagOrder(series: [try TagFixture.series("VALUE")]), preset: preset, outlines: true)
            let page = try TagFixture.pages(sheet)[0]
            let outlines = page.placedItems.filter { if case .shape(let s) = $0.item { return s.stroke == LabelOutline.stroke }; return false }
            XCTAssertEqual(outlines.count, preset.labelsPerPage, name)
            let grid = LabelGrid(preset: preset)
            for (index, outline) in outlines.enumerated() {
                let r = grid.rect(of: index)
                XCTAssertEqual(outline.bounds.minX.points, r.minX.points, accuracy: 1e-6, name)
                XCTAssertEqual(outline.bounds.minY.points, r.minY.points, accuracy: 1e-6, name)
                XCTAssertEqual(outline.bounds.width.points, r.width.points, accuracy: 1e-6, name)
                XCTAssertEqual(outline.bounds.height.points, r.height.points, accuracy: 1e-6, name)
            }
        }
    }
}
