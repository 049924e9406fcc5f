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
        let csv = "camera,series,LOCATION,bay\nCAM-01,PRO,\"Dock 1, north\",A\nCAM-02,PRO, \"Gate \"\"west\"\"\" ,B\r\nCAM-03,VALUE,,C\n"
        let order = try parse(csv)
        XCTAssertEqual(order.fieldNames, ["bay"])
        XCTAssertEqual(order.lines.count, 2, "consecutive PRO rows make one line")
        XCTAssertEqual(order.lines[0].cameras.map(\.id), ["CAM-01", "CAM-02"])
        XCTAssertEqual(order.lines[0].cameras[0].location, "Dock 1, north")
        XCTAssertEqual(order.lines[0].cameras[1].location, "Gate \"west\"", "spaces around a quoted cell, a doubled quote inside")
        XCTAssertEqual(order.lines[0].cameras[1].fields, ["bay": "B"])
        XCTAssertEqual(order.lines.flatMap(\.cameras).map { $0.source?.line }, [2, 3, 4])
    }

    func testUnknownSeriesIsLocated() {
        XCTAssertEqual(message("series,quantity\nPRO,1\n\"VALUE\",2\nPR0,3\n"),
                       "order.csv:4: column series: unknown series 'PR0' (known: PRO, VALUE)")
    }

    func testALineBreakInsideACellIsAnErrorAtItsPlace() {
        XCTAssertEqual(message("series,camera,note\nPRO,CAM-1,\"two\nlines\"\nPR0,CAM-2,x\n"),
                       "order.csv:2:15: column note: a line break inside a cell (each cell is one line)")
        XCTAssertEqual(message("series,camera,location\nPRO,CAM-1,\"Gate\r\nwest\"\n"),
                       "order.csv:2:16: column location: a line break inside a cell (each cell is one line)")
        XCTAssertEqual(message("series,camera\nPRO,\"CAM\u{2028}1\"\n"),
                       "order.csv:2:9: column camera: a line break inside a cell (each cell is one line)")
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

    /// Found by the order fuzz target: a quoted column name holding a line break split the message in two; now the
    /// break itself is the error, and a header cell is not named (it may not be a name at all).
    func testAColumnNameWithALineBreakIsReportedOnOneLine() {
        XCTAssertEqual(message("series,\"a\nb\",\"a\nb\"\nPRO,1,2\n"), "order.csv:1:10: a line break inside a cell (each cell is one line)")
    }

    /// An unterminated quote used to swallow every later row into one cell: one camera short, exit 0.
    func testAnUnterminatedQuoteIsAnErrorAtTheQuote() {
        XCTAssertEqual(message("series,camera,location\nPRO,CAM-1,\"Dock 1\nPRO,CAM-2,Gate\nPRO,CAM-3,Roof\n"),
                       "order.csv:2:11: this quote is never closed (a quoted cell ends with \" before the next comma or line end)")
        XCTAssertEqual(message("series,camera\nPRO,CAM-1\nPRO,\"CAM-2"),
                       "order.csv:3:5: this quote is never closed (a quoted cell ends with \" before the next comma or line end)")
        XCTAssertEqual(message("series,camera\nPRO,\"CAM-1\"2\n"), "order.csv:2:12: text after a closing quote (write a quote inside a quoted cell as \"\")")
    }

    func testControlCharactersAreErrorsAtLineAndColumn() {
        XCTAssertEqual(message("series,camera,bay\nPRO,CAM-1,B\u{7}7\n"), "order.csv:2:12: column bay: control character U+0007 in a cell")
        XCTAssertEqual(message("series,camera\nPRO,CAM\u{0}1\n"), "order.csv:2:8: column camera: control character U+0000 in a cell")
        XCTAssertEqual(message("series,camera,location\nPRO,CAM-1,\"a\u{9F}\"\n"), "order.csv:2:13: column location: control character U+009F in a cell")
        XCTAssertEqual(message("series,camera,location\nPRO,CAM-1,Dock\t1\n"), "order.csv:2:15: column location: control character U+0009 in a cell")
        // Columns count characters, as an editor does: the flag before the bell is one character of two scalars.
        XCTAssertEqual(message("series,camera,bay\nPRO,\u{1F1E9}\u{1F1EA}x\u{1}\n"), "order.csv:2:7: column camera: control character U+0001 in a cell")
        // A tab around a cell is trimmed like a space.
        XCTAssertEqual(try parse("series,camera,location\nPRO,CAM-1,\tDock\t\n").lines[0].cameras[0].location, "Dock")
    }

    func testACellLongerThanTheLimitIsAnError() throws {
        let long = String(repeating: "é", count: OrderCSVReader.maxCellLength + 1)
        XCTAssertEqual(message("series,camera,location\nPRO,CAM-1,\(long)\n"),
                       "order.csv:2:11: column location: 2001 characters, more than the limit of 2000")
        let atLimit = String(repeating: "é", count: OrderCSVReader.maxCellLength)
        XCTAssertEqual(try parse("series,camera,location\nPRO,CAM-1,\(atLimit)\n").lines[0].cameras[0].location, atLimit)
    }

    func testAnUnprintableCharacterNamesTheCell() {
        let noEmoji: (String) -> Unicode.Scalar? = { text in text.unicodeScalars.first { $0.value >= 0x1F000 } }
        func error(_ csv: String) -> String {
            do { _ = try OrderCSVReader.parse(Data(csv.utf8), name: "order.csv", unprintable: noEmoji); return "no error" } catch { return "\(error)" }
        }
        XCTAssertEqual(error("series,camera,location\nPRO,CAM-1,Dock\nPRO,\"CAM-\u{1F468}\",Gate\n"),
                       "order.csv:3:10: column camera: no installed font has a glyph for U+1F468")
        XCTAssertEqual(error("series,quantity,bay\nPRO,2, x\u{1F4F7}\n"), "order.csv:2:9: column bay: no installed font has a glyph for U+1F4F7")
        XCTAssertEqual(error("series,camera\nPRO,CAM-1\n"), "no error")
    }

    /// `--order /etc/passwd`: no cell of a file that is not an order is quoted back.
    func testAFileThatIsNotAnOrderIsNotQuoted() {
        XCTAssertEqual(message("root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"),
                       "order.csv:1: not an order CSV: the first row must be a header naming series and quantity or camera")
        XCTAssertEqual(message("secret,secret\n1,2\n"),
                       "order.csv:1: not an order CSV: the first row must be a header naming series and quantity or camera")
    }
}
