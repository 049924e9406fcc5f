import Geometry
import XCTest

final class TransformTests: XCTestCase {
    func testTranslateThenScale() {
        let t = Transform.translate(.pt(10), .pt(20)).then(.scale(2, 3))
        let p = t.apply(Point(x: .pt(1), y: .pt(1)))
        XCTAssertEqual(p.x.points, 22, accuracy: 1e-12)
        XCTAssertEqual(p.y.points, 63, accuracy: 1e-12)
    }

    func testQuarterTurnMapsRectangle() {
        let r = Transform.quarterTurns(1).apply(Rect(x: .zero, y: .zero, width: .pt(10), height: .pt(4)))
        XCTAssertEqual(r.width.points, 4, accuracy: 1e-12)
        XCTAssertEqual(r.height.points, 10, accuracy: 1e-12)
    }
}
