import Geometry
import Layout
import Typesetting
import XCTest

final class TableLayoutTests: XCTestCase {
    func testColumnsShareWhatFixedColumnsLeave() throws {
        let table = try TableLayout(columns: [.init(.fixed(.pt(40))), .init(.share(1)), .init(.share(3))], x: .pt(10), width: .pt(240),
                                    typesetter: Typesetter())
        let extents = table.columnExtents
        XCTAssertEqual(extents.map(\.minX.points), [10, 50, 100])
        XCTAssertEqual(extents.map(\.width.points), [40, 50, 150])
    }

    func testRowGrowsForWrappedTextAndTextStaysInsidePaddedCells() throws {
        let table = try TableLayout(columns: [.init(.share(1)), .init(.share(1), alignment: .center)], x: .zero, width: .pt(200),
                                    horizontalPadding: .pt(5), verticalPadding: .pt(4), typesetter: Typesetter())
        let row = TableRow([TableCell("short", size: .pt(10)),
                            TableCell("a longer sentence that has to wrap over several lines", size: .pt(10), wraps: true)],
                           name: "test", minimumHeight: .pt(10))
        let placed = try table.place(row, top: .pt(20))
        XCTAssertEqual(placed.rect.minY.points, 20)
        XCTAssertGreaterThan(placed.cells[1].lineBounds.count, 1)
        XCTAssertEqual(placed.rect.height, try table.height(of: row))
        for cell in placed.cells {
            XCTAssertEqual(cell.rect.height, placed.rect.height)
            XCTAssertTrue(cell.contentRect.contains(try XCTUnwrap(cell.inkBounds)), cell.text)
            XCTAssertEqual(cell.contentRect.minX - cell.rect.minX, .pt(5))
        }
    }

    func testTextThatCannotFitAtItsMinimumFailsNamingTheRow() throws {
        let table = try TableLayout(columns: [.init(.fixed(.pt(20)))], x: .zero, width: .pt(20), typesetter: Typesetter())
        XCTAssertThrowsError(try table.place(TableRow([TableCell("MUCH TOO LONG FOR TWENTY POINTS", size: .pt(9))], name: "narrow"), top: .zero)) { error in
            XCTAssertTrue("\(error)".contains("narrow"), "\(error)")
        }
        XCTAssertThrowsError(try TableLayout(columns: [.init(.fixed(.pt(30)))], x: .zero, width: .pt(20), typesetter: Typesetter()))
    }
}
