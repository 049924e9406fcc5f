import Documents
import XCTest

final class PayloadTemplateTests: XCTestCase {
    func testExpandsFieldsWithPadding() throws {
        let template = try PayloadTemplate("{series}-{position:02}-{serial:05}")
        XCTAssertEqual(template.expand([.series: "PRO", .position: "9", .serial: "42"]), "PRO-09-00042")
        XCTAssertEqual(template.expand([.series: "VALUE", .position: "10", .serial: "100000"]), "VALUE-10-100000")
        XCTAssertTrue(template.uses(.serial))
        XCTAssertFalse(template.uses(.label))
    }

    func testLiteralBracesAndText() throws {
        XCTAssertEqual(try PayloadTemplate("{{{label}}}").expand([.label: "GND"]), "{GND}")
    }

    func testUnknownFieldIsNamed() {
        XCTAssertThrowsError(try PayloadTemplate("{series}-{colour}")) { error in
            XCTAssertTrue("\(error)".contains("unknown field '{colour}'"), "\(error)")
        }
    }

    func testMalformedTemplatesAreRejected() {
        for bad in ["{series", "series}", "{position:x}", "{label:05}"] {
            XCTAssertThrowsError(try PayloadTemplate(bad), bad)
        }
    }
}
