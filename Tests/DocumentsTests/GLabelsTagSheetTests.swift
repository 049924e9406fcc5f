import DisplayList
import Documents
import Foundation
import Geometry
import Layout
import TestSupport
import Typesetting
import XCTest

/// Wire tags on every printable sheet of Debian's glabels-data (installed by `.ci/setup`).
final class GLabelsTagSheetTests: XCTestCase {
    private func database() throws -> GLabelsDatabase {
        let db = GLabelsDatabase.load(folders: [GLabelsDatabase.systemFolder])
        guard !db.presets.isEmpty else {
            XCTFail("glabels-data is not installed: run .ci/setup")
            throw CocoaError(.fileNoSuchFile)
        }
        return db
    }

    /// Every label of every sheet gets its tag, and every glyph stays inside the label's safe area (for round and
    /// elliptic labels, inside the outline less the margin).
    func testTagsPrintOnEverySheetAndStayInsideTheSafeArea() throws {
        let db = try database()
        let series = try TagFixture.series("VALUE")
        let typesetter = try Typesetter()
        var printed = 0
        var tooSmall: [String] = []
        for preset in db.presets {
            let sheet = try TagSheet(order: TagOrder(series: [series]), preset: preset)
            let page: Page
            do {
                var stream = try sheet.pages(typesetter: typesetter)
                guard let first = try stream.next() else { return XCTFail("\(preset.name): no page") }
                page = first
            } catch where error is DocumentError || error is TypesettingError {
                // A located refusal, never a crash: labels too small for the catalog's longest lead name.
                XCTAssertTrue("\(error)".contains(preset.name), "\(error)")
                tooSmall.append(preset.name)
                continue
            }
            printed += 1
            let grid = LabelGrid(preset: preset)
            let glyphs = page.placedItems.filter { $0.text != nil }
            XCTAssertFalse(glyphs.isEmpty, preset.name)
            for glyph in glyphs {
                guard let index = (0..<grid.count).first(where: { grid.rect(of: $0).contains(Point(x: glyph.bounds.midX, y: glyph.bounds.midY)) }) else {
                    return XCTFail("\(preset.name): '\(glyph.text ?? "")' is on no label")
                }
                let origin = grid.origin(of: index)
                let safe = preset.safeArea.offsetBy(dx: origin.x, dy: origin.y).inset(by: .pt(-0.01))
                XCTAssertTrue(safe.contains(glyph.bounds), "\(preset.name) label \(index + 1): '\(glyph.text ?? "")' \(glyph.bounds) outside \(safe)")
                if preset.shape == .round || preset.shape == .ellipse {
                    let label = grid.rect(of: index).inset(by: preset.safeMargin)
                    let a = label.width.points / 2, b = label.height.points / 2
                    for corner in [(glyph.bounds.minX, glyph.bounds.minY), (glyph.bounds.maxX, glyph.bounds.minY),
                                   (glyph.bounds.minX, glyph.bounds.maxY), (glyph.bounds.maxX, glyph.bounds.maxY)] {
                        let x = corner.0.points - label.midX.points, y = corner.1.points - label.midY.points
                        XCTAssertLessThanOrEqual(x * x / (a * a) + y * y / (b * b), 1.0001, "\(preset.name) label \(index + 1): '\(glyph.text ?? "")' leaves the outline")
                    }
                }
            }
        }
        print("gLabels sheets: \(printed) printed, \(tooSmall.count) too small for VALUE's tags: \(tooSmall.joined(separator: ", "))")
        XCTAssertEqual(printed + tooSmall.count, db.presets.count)
    }
}
