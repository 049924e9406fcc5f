import DisplayList
import Documents
import Geometry
import Layout
import TestSupport
import Typesetting
import XCTest

final class CalibrationSheetTests: XCTestCase {
    func testEveryLabelHasItsOutlineAndACentreCross() throws {
        for name in ["avery-5160", "cablebug-mini", "brother-hse-8.8mm"] {
            let preset = try TagFixture.preset(name)
            let sheet = try CalibrationSheet(preset: preset)
            let page = try sheet.page(typesetter: Typesetter())
            XCTAssertEqual(page.size, preset.media)
            let grid = LabelGrid(preset: preset)
            let shapes = page.placedItems.compactMap { item -> (Shape, Rect)? in
                if case .shape(let s) = item.item { return (s, item.bounds) }
                return nil
            }
            for index in 0..<grid.count {
                let r = grid.rect(of: index)
                XCTAssertTrue(shapes.contains { close($0.1, r) }, "\(name): outline of label \(index + 1)")
                let c = sheet.centre(of: index)
                XCTAssertEqual(c, Point(x: r.midX, y: r.midY))
                // The two arms: a horizontal and a vertical line through the centre.
                XCTAssertTrue(shapes.contains { $0.1.height == .zero && near($0.1.minY, c.y) && near($0.1.midX, c.x) }, "\(name): horizontal arm \(index + 1)")
                XCTAssertTrue(shapes.contains { $0.1.width == .zero && near($0.1.minX, c.x) && near($0.1.midY, c.y) }, "\(name): vertical arm \(index + 1)")
            }
        }
    }

    func testEverythingLiesOnThePageForEveryShippedSheetAndRoll() throws {
        // A4 is 210 mm wide: the "21" of the last centimetre tick once ran 3 pt off the page.
        let library = try TagFixture.presets()
        for preset in library.presets(ofKinds: [.sheet, .roll]) {
            let page = try CalibrationSheet(preset: preset).page(typesetter: Typesetter())
            let edge = Rect(origin: .zero, size: page.size)
            for placed in page.placedItems where !edge.contains(placed.bounds, tolerance: .pt(0.5)) {
                XCTFail("\(preset.name): \(placed.item) at \(placed.bounds) runs off the \(page.size) page")
            }
        }
    }

    func testAnOffsetThatPushesTextOffTheMediaIsRefusedAsForTags() throws {
        let preset = try TagFixture.preset("avery-l7160")
        XCTAssertThrowsError(try CalibrationSheet(preset: preset, correction: PrinterCorrection(dx: .mm(300), dy: .zero))) { error in
            XCTAssertTrue("\(error)".contains("past the edge of the media"), "\(error)")
        }
        XCTAssertNoThrow(try CalibrationSheet(preset: preset, correction: PrinterCorrection(dx: .mm(1.5), dy: .mm(-2))))
    }

    private func near(_ a: Length, _ b: Length) -> Bool { abs(a.points - b.points) < 1e-6 }

    private func close(_ a: Rect, _ b: Rect) -> Bool {
        near(a.minX, b.minX) && near(a.minY, b.minY) && near(a.maxX, b.maxX) && near(a.maxY, b.maxY)
    }

    func testRulersTickMillimetresAlongTheTopAndInchesDownTheLeft() throws {
        let preset = try TagFixture.preset("avery-5160")
        let page = try CalibrationSheet(preset: preset).page(typesetter: Typesetter())
        let ticks = page.placedItems.map(\.bounds)
        let topTicks = ticks.filter { $0.width == .zero && $0.minY == .zero }
        let leftTicks = ticks.filter { $0.height == .zero && $0.minX == .zero }
        XCTAssertEqual(topTicks.count, Int((preset.media.width / Length.mm(1)).rounded(.down)))
        XCTAssertEqual(leftTicks.count, 11 * 16)
        XCTAssertTrue(topTicks.contains { abs($0.minX.points - Length.mm(100).points) < 1e-9 && near($0.height, .mm(6)) })
        XCTAssertTrue(leftTicks.contains { abs($0.minY.points - Length.inch(5).points) < 1e-9 && near($0.width, .mm(6)) })
        let texts = page.placedItems.compactMap(\.text)
        XCTAssertTrue(texts.contains("10") && texts.contains("5 in"), "\(texts)")
    }

    func testCorrectionShiftsTheCalibrationPage() throws {
        let preset = try TagFixture.preset("avery-l7651")
        let plain = try CalibrationSheet(preset: preset).page(typesetter: Typesetter()).placedItems
        let moved = try CalibrationSheet(preset: preset, correction: PrinterCorrection(dx: .mm(-0.5), dy: .mm(1.25))).page(typesetter: Typesetter()).placedItems
        XCTAssertEqual(plain.count, moved.count)
        for (a, b) in zip(plain, moved) {
            XCTAssertEqual(b.bounds.minX.points - a.bounds.minX.points, Length.mm(-0.5).points, accuracy: 1e-9)
            XCTAssertEqual(b.bounds.minY.points - a.bounds.minY.points, Length.mm(1.25).points, accuracy: 1e-9)
        }
    }
}
