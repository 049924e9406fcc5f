import Geometry
import XCTest

final class RGBColorTests: XCTestCase {
    func testWCAGContrast() {
        XCTAssertEqual(RGBColor.black.contrastRatio(with: .white), 21, accuracy: 1e-9)
        XCTAssertEqual(RGBColor.white.contrastRatio(with: .white), 1, accuracy: 1e-9)
        // #777777 on white is the textbook 4.48:1 just under AA.
        XCTAssertEqual(RGBColor(hex: "#777777")!.contrastRatio(with: .white), 4.48, accuracy: 0.01)
    }

    func testHexRoundTripAndRejects() {
        XCTAssertEqual(RGBColor(hex: "#1f5fd1")?.hex, "#1F5FD1")
        XCTAssertNil(RGBColor(hex: "#12345"))
        XCTAssertNil(RGBColor(hex: "zzzzzz"))
    }

    func testReadableTextColor() {
        XCTAssertEqual(RGBColor(hex: "#F7D417")!.readableTextColor, .black)
        XCTAssertEqual(RGBColor(hex: "#1F3F8F")!.readableTextColor, .white)
    }
}
