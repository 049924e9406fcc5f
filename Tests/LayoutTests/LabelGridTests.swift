import Geometry
import Layout
import XCTest

/// Label origins from one or several grids, in gLabels' fill order.
final class LabelGridTests: XCTestCase {
    func testSeveralGridsFillTopToBottomThenLeftToRight() {
        let preset = Preset(name: "two", kind: .sheet, media: Size(width: .mm(210), height: .mm(297)), label: Size(width: .mm(7), height: .mm(100)),
                            grids: [Preset.Grid(columns: 2, rows: 1, x0: .mm(150), y0: .mm(10), dx: .mm(7), dy: .zero),
                                    Preset.Grid(columns: 2, rows: 2, x0: .mm(10), y0: .mm(10), dx: .mm(7), dy: .mm(150))])
        XCTAssertEqual(preset.labelsPerPage, 6)
        XCTAssertEqual(preset.grid.x0, .mm(150), "the single-grid API answers the first grid")
        let origins = LabelGrid(preset: preset).origins.map { [$0.x.millimetres.rounded(), $0.y.millimetres.rounded()] }
        XCTAssertEqual(origins, [[10, 10], [17, 10], [150, 10], [157, 10], [10, 160], [17, 160]])
    }

    func testOneGridKeepsRowMajorOrder() {
        let preset = Preset(name: "one", kind: .sheet, media: Size(width: .mm(100), height: .mm(100)), label: Size(width: .mm(10), height: .mm(10)),
                            grid: Preset.Grid(columns: 3, rows: 2, x0: .mm(1), y0: .mm(2), dx: .mm(20), dy: .mm(30)))
        XCTAssertEqual(preset.grids.count, 1)
        let grid = LabelGrid(preset: preset)
        XCTAssertEqual(grid.count, 6)
        XCTAssertEqual(grid.origin(of: 4), Point(x: .mm(1) + .mm(20), y: .mm(2) + .mm(30)))
    }
}
