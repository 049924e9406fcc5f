import DisplayList
import Documents
import Geometry
import Layout
import Orders
import XCTest

/// `--ends 2`: a wire's two tags side by side in one row, blanks counted, and the end name boxed and large.
final class TagPairRowTests: XCTestCase {
    func testNoPairIsSplitAcrossRowsAndBlanksAreCounted() throws {
        let catalog = try TagFixture.catalog()
        let order = Order(lines: [OrderLine(series: "PRO", quantity: 3), OrderLine(series: "VALUE", quantity: 2)])
        let tags = try TagOrder(order: order, series: catalog.series, serialStart: 1, ends: 2)
        for name in ["avery-5160", "avery-l7651", "avery-l7160"] {
            let preset = try TagFixture.preset(name)
            let grid = LabelGrid(preset: preset)
            for startAt in [1, 2, 3, preset.labelsPerPage - 4] {
                let sheet = try TagSheet(order: tags, preset: preset, startAt: startAt)
                var used = 0
                for wire in 0..<(tags.count / 2) {
                    let a = sheet.placement(ofTag: wire * 2), b = sheet.placement(ofTag: wire * 2 + 1)
                    XCTAssertEqual(a.page, b.page, "\(name) from \(startAt): wire \(wire)")
                    XCTAssertEqual(grid.origin(of: a.position).y, grid.origin(of: b.position).y, "\(name) from \(startAt): wire \(wire) split across rows")
                    XCTAssertEqual(b.position, a.position + 1, "\(name) from \(startAt): wire \(wire)")
                    XCTAssertEqual(sheet.tagIndex(page: a.page, position: a.position), wire * 2)
                    used += 2
                }
                // Every label from the start position to the last tag is a tag or a counted blank.
                let summary = sheet.summary
                let spanned = (summary.sheets - 1) * preset.labelsPerPage + summary.labelsOnLastSheet - (startAt - 1)
                XCTAssertEqual(summary.tags + summary.blanks, spanned, "\(name) from \(startAt)")
                let printed = (0..<summary.sheets).flatMap { page in (0..<grid.count).compactMap { sheet.tagIndex(page: page, position: $0) } }
                XCTAssertEqual(printed, Array(0..<tags.count), "\(name) from \(startAt)")
                XCTAssertEqual(used, tags.count)
            }
        }
        // 5 columns: two pairs a row and the fifth label blank.
        let l7651 = try TagSheet(order: tags, preset: TagFixture.preset("avery-l7651"))
        XCTAssertEqual((0..<5).map { l7651.placement(ofTag: $0).position }, [0, 1, 2, 3, 5])
    }

    func testSingleEndedRunsLeaveNoBlanks() throws {
        let tags = try TagOrder(series: [TagFixture.series("PRO")], sets: 3)
        let sheet = try TagSheet(order: tags, preset: TagFixture.preset("avery-5160"), startAt: 3)
        XCTAssertEqual(sheet.summary.blanks, 0)
        XCTAssertEqual((0..<tags.count).map { sheet.placement(ofTag: $0).position }.prefix(3), [2, 3, 4])
        XCTAssertFalse(sheet.summary.lines().contains { $0.contains("blank") })
    }

    func testTheEndNameIsBoxedAndHalfAsLargeAgainAsTheDetail() throws {
        let catalog = try TagFixture.catalog()
        let order = Order(lines: [OrderLine(series: "PRO", cameras: [OrderCamera(id: "CAM-01", location: "Dock 1")])])
        for (name, endNames) in [("avery-5160", ["A", "B"]), ("avery-l7651", ["A", "B"]), ("brother-hse-11.7mm", ["CAM", "PANEL"]),
                                 ("brady-bm-31-427", ["A", "B"]), ("brother-hse-8.8mm", ["A", "B"])] {
            let tags = try TagOrder(order: order, series: catalog.series, serialStart: 1, ends: 2, endNames: endNames)
            let sheet = try TagSheet(order: tags, preset: TagFixture.preset(name))
            for page in try TagFixture.pages(sheet).prefix(2) {
                let items = page.placedItems
                let runs = items.compactMap { placed -> (text: String, size: Length, bounds: Rect)? in
                    if case .glyphs(let run) = placed.item { return (run.text, run.size, placed.bounds) }
                    return nil
                }
                let details = runs.filter { $0.text.hasPrefix("PRO · ") }
                let ends = runs.filter { endNames.contains($0.text) }
                XCTAssertFalse(ends.isEmpty, "\(name): no end name")
                XCTAssertFalse(details.isEmpty, "\(name): no detail line")
                let grid = LabelGrid(preset: sheet.preset)
                func position(_ r: Rect) -> Int? { (0..<grid.count).first { grid.rect(of: $0).contains(Point(x: r.midX, y: r.midY)) } }
                let boxes = items.compactMap { placed -> Rect? in
                    if case .shape(let shape) = placed.item, shape.stroke != nil { return placed.bounds }
                    return nil
                }
                for end in ends {
                    // The detail line of the same tag.
                    let detail = details.filter { position($0.bounds) == position(end.bounds) }.map(\.size).max() ?? .pt(1000)
                    XCTAssertGreaterThanOrEqual(end.size.points, detail.points * 1.5 - 1e-9, "\(name): end '\(end.text)' at \(end.size) beside detail at \(detail)")
                    // Its own box: a stroked rectangle around the name and nothing else printed.
                    let box = boxes.filter { $0.contains(end.bounds) }.min { $0.width.points * $0.height.points < $1.width.points * $1.height.points }
                    XCTAssertNotNil(box, "\(name): end '\(end.text)' not boxed")
                    if let box {
                        let others = runs.filter { $0.text != end.text && $0.bounds.intersects(box) }
                        XCTAssertTrue(others.isEmpty, "\(name): \(others.map { $0.text }) inside the end box")
                    }
                }
            }
        }
    }
}
