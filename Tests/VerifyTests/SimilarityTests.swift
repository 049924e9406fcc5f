import XCTest
@testable import Verify

final class SimilarityTests: XCTestCase {
    func testFitRecoversRotationScaleAndShift() throws {
        let truth = Similarity(a: 1.02 * cos(0.03), b: 1.02 * sin(0.03), tx: 12, ty: -7)
        let from = [Vec2(0, 0), Vec2(100, 0), Vec2(0, 200), Vec2(150, 90)]
        let fitted = try XCTUnwrap(Similarity.fit(from: from, to: from.map(truth.apply)))
        XCTAssertEqual(fitted.scale, 1.02, accuracy: 1e-9)
        XCTAssertEqual(fitted.rotationDegrees, 0.03 * 180 / .pi, accuracy: 1e-9)
        XCTAssertEqual(fitted.tx, 12, accuracy: 1e-9)
        XCTAssertEqual(fitted.ty, -7, accuracy: 1e-9)
        let p = Vec2(33, 44)
        XCTAssertEqual(fitted.inverse.apply(fitted.apply(p)).distance(to: p), 0, accuracy: 1e-9)
    }

    func testOnePointFitsNothing() {
        XCTAssertNil(Similarity.fit(from: [Vec2(1, 1)], to: [Vec2(2, 2)]))
    }
}
