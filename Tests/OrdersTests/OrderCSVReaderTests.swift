import Foundation
import Orders
import XCTest

final class OrderCSVReaderTests: XCTestCase {
    private func parse(_ text: String) throws -> Order { try OrderCSVReader.parse(Data(text.utf8), name: "order.csv") }

    private func message(_ text: String, known: [String] = ["PRO", "VALUE"]) -> String {
        do { _ = try parse(text).resolved(knownSeries: known); return "no error" } catch { return "\(error)" }
    }

    func testQuantityLinesAnyHeaderCase() throws {
        let order = try parse("Series,Quantity\r\nPRO,12\r\nvalue,5\r\n").resolved(knownSeries: ["PRO", "VALUE"])
        XCTAssertEqual(order.lines.map(\.series), ["PRO", "VALUE"])
        XCTAssertEqual(order.lines.map(\.quantity), [12, 5])
        XCTAssertEqual(order.lines.map { $0.source?.line }, [2, 3])
        XCTAssertEqual(order.cameraCount, 17)
    }

    func testQuantityLinesCarryLocationAndFields() throws {
        let order = try parse("series,quantity,location,bay\nPRO,3,Dock,B2\n")
        XCTAssertEqual(order.lines[0].location, "Dock")
        XCTAssertEqual(order.lines[0].fields, ["bay": "B2"])
        XCTAssertEqual(order.fieldNames, ["bay"])
    }

    func testCameraRowsWithLocationFieldsAndQuotes() throws {
        let csv = "camera,series,LOCATION,bay\nCAM-01,PRO,\"Dock 1, north\",A\nCAM-02,PRO,\"Gate\r\nwest\",B\nCAM-03,VALUE,,C\n"
        let order = try parse(csv)
        XCTAssertEqual(order.fieldNames, ["bay"])
        XCTAssertEqual(order.lines.count, 2, "consecutive PRO rows make one line")
        XCTAssertEqual(order.lines[0].cameras.map(\.id), ["CAM-01", "CAM-02"])
        XCTAssertEqual(order.lines[0].cameras[0].location, "Dock 1, north")
        XCTAssertEqual(order.lines[0].cameras[1].fields, ["bay": "B"])
        // The quoted line break makes CAM-02's row two lines long.
        XCTAssertEqual(order.lines.flatMap(\.cameras).map { $0.source?.line }, [2, 3, 5])
    }

    func testUnknownSeriesIsLocated() {
        XCTAssertEqual(message("series,quantity\nPRO,1\n\"VALUE\",2\nPR0,3\n"),
                       "order.csv:4: column series: unknown series 'PR0' (known: PRO, VALUE)")
    }

    func testLineNumbersCountQuotedLineBreaks() {
        XCTAssertEqual(message("series,camera,note\nPRO,CAM-1,\"two\nlines\"\nPR0,CAM-2,x\n"),
                       "order.csv:4: column series: unknown series 'PR0' (known: PRO, VALUE)")
    }

    func testBadQuantities() {
        XCTAssertEqual(message("series,quantity\nPRO,0\n"), "order.csv:2: column quantity: quantity must be a whole number of 1 or more (got '0')")
        XCTAssertEqual(message("series,quantity\nPRO,2\nVALUE,-3\n"), "order.csv:3: column quantity: quantity must be a whole number of 1 or more (got '-3')")
        XCTAssertEqual(message("series,quantity\nPRO,two\n"), "order.csv:2: column quantity: quantity must be a whole number of 1 or more (got 'two')")
    }

    func testMissingColumns() {
        XCTAssertEqual(message("serie,quantity\nPRO,1\n"), "order.csv:1: missing column series (the header must name series, and quantity or camera)")
        XCTAssertEqual(message("series,location\nPRO,x\n"), "order.csv:1: missing column quantity or camera (the header must name series, and quantity or camera)")
        XCTAssertEqual(message("series,quantity,camera\nPRO,1,C\n"), "order.csv:1: columns quantity and camera: an order lists quantities or one row per camera, not both")
    }

    func testDuplicateCameraNamesBothLines() {
        XCTAssertEqual(message("series,camera\nPRO,CAM-01\nVALUE,CAM-02\nVALUE,CAM-01\n"),
                       "order.csv:4: column camera: camera 'CAM-01' is already listed at order.csv:2")
    }

    func testNonUTF8IsLocated() {
        var data = Data("series,camera\nPRO,CAM-01\nPRO,CAM-".utf8)
        data.append(contentsOf: [0xE9, 0x0A])  // Latin-1 é
        XCTAssertThrowsError(try OrderCSVReader.parse(data, name: "order.csv")) { error in
            XCTAssertEqual("\(error)", "order.csv:3: the text is not UTF-8 (save the order as CSV UTF-8)")
        }
    }

    func testEmptyOrderAndExtraCells() {
        XCTAssertEqual(message(""), "order.csv:1: the order has no rows (a header row naming series and quantity or camera, then one row per line)")
        XCTAssertEqual(message("series,quantity\n\n"), "order.csv:1: the order has no rows (a header row naming series and quantity or camera, then one row per line)")
        XCTAssertEqual(message("series,quantity\nPRO,1,9\n"), "order.csv:2: 3 cells, but the header names 2 columns")
    }

    func testByteOrderMarkIsNotPartOfTheHeader() throws {
        XCTAssertEqual(try parse("\u{FEFF}series,quantity\nPRO,1\n").lines.count, 1)
    }

    /// Found by the order fuzz target: a quoted column name holding a line break split the message in two.
    func testAColumnNameWithALineBreakIsReportedOnOneLine() {
        XCTAssertThrowsError(try parse("series,\"a\nb\",\"a\nb\"\nPRO,1,2\n")) { error in
            XCTAssertEqual("\(error)", "order.csv:1: column a\\u{a}b is named twice")
        }
    }
}
