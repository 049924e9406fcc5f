import Geometry
import XCTest

final class LengthTests: XCTestCase {
    func testParsesEveryUnit() throws {
        XCTAssertEqual(try XCTUnwrap(Length(parsing: "25.4mm")).points, 72, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(Length(parsing: "1in")).points, 72, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(Length(parsing: "72pt")).points, 72, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(Length(parsing: "2.54cm")).points, 72, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(Length(parsing: " -2 mm ")).millimetres, -2, accuracy: 1e-9)
    }

    func testRejectsBadUnitsAndNumbers() {
        for bad in ["25.4", "1 inches", "12px", "mm", "", "1.2.3mm", "abc", "1e400mm"] {
            XCTAssertNil(Length(parsing: bad), "'\(bad)' should not parse")
        }
    }

    func testConversionsRoundTrip() {
        XCTAssertEqual(Length.mm(85.6).millimetres, 85.6, accuracy: 1e-9)
        XCTAssertEqual(Length.inch(2.625).points, 189, accuracy: 1e-9)
        XCTAssertEqual((Length.mm(10) + .mm(5)).millimetres, 15, accuracy: 1e-9)
        XCTAssertEqual(Length.inch(1) / Length.pt(36), 2, accuracy: 1e-12)
    }
}
