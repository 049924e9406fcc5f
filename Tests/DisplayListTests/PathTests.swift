import DisplayList
import Geometry
import XCTest

final class PathTests: XCTestCase {
    func testRoundedRectBoundsEqualTheRectangle() throws {
        let r = Rect(x: .mm(3), y: .mm(3), width: .mm(85.6), height: .mm(53.98))
        let bounds = try XCTUnwrap(Path.roundedRect(r, radius: .mm(3.18)).bounds)
        XCTAssertEqual(bounds.minX.points, r.minX.points, accuracy: 1e-9)
        XCTAssertEqual(bounds.maxY.points, r.maxY.points, accuracy: 1e-9)
    }

    func testFlattenedAppliesNestedTransforms() {
        let inner = Item.shape(.rect(Rect(x: .zero, y: .zero, width: .pt(1), height: .pt(1)), fill: .black))
        let item = Item.group(Group(transform: .translate(.pt(5), .zero), items: [.group(Group(transform: .translate(.zero, .pt(7)), items: [inner]))]))
        let flat = item.flattened()
        XCTAssertEqual(flat.count, 1)
        let p = flat[0].transform.apply(.zero)
        XCTAssertEqual(p.x.points, 5); XCTAssertEqual(p.y.points, 7)
    }

    func testDumpListsItemsIndented() {
        var page = Page(size: Size(width: .pt(100), height: .pt(50)))
        page.add(.group(Group(items: [.shape(.rect(Rect(x: .pt(1), y: .pt(2), width: .pt(3), height: .pt(4)), fill: .white))])))
        XCTAssertEqual(DisplayListDump.dump(page), """
        page 100pt x 50pt
          group matrix(1.0 0.0 0.0 1.0 0pt 0pt)
            shape [1pt, 2pt, 3pt x 4pt] fill #FFFFFF
        """)
    }
}
