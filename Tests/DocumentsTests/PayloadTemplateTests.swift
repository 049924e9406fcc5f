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

    func testAnEmptyFieldTakesItsSeparatorWithIt() throws {
        let payload = try PayloadTemplate("{camera}-{position:02}-{end}")
        XCTAssertEqual(payload.expand { ["camera": "CAM-01", "position": "9", "end": ""][$0] }, "CAM-01-09")
        XCTAssertEqual(payload.expand { ["camera": "CAM-01", "position": "9", "end": "B"][$0] }, "CAM-01-09-B")
        // Empty at the start: the separator after it goes.
        XCTAssertEqual(payload.expand { ["camera": "", "position": "9", "end": "A"][$0] }, "09-A")
        let detail = try PayloadTemplate("{camera} {end} · {code}")
        XCTAssertEqual(detail.expand { ["camera": "CAM-7", "end": "", "code": "BN"][$0] }, "CAM-7 · BN")
        // Words are not separators: a literal with letters stays.
        XCTAssertEqual(try PayloadTemplate("bay {bay}", extraFields: ["bay"]).expand { _ in "" }, "bay ")
    }
}
