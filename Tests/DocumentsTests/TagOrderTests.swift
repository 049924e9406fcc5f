import Documents
import Orders
import XCTest

/// Orders as one run: cameras numbered across lines, serials running on, collation across the order, pairs and summary.
final class TagOrderTests: XCTestCase {
    func testAnOrderIsOneRunAcrossItsLines() throws {
        let catalog = try TagFixture.catalog()
        let order = Order(lines: [OrderLine(series: "PRO", quantity: 2), OrderLine(series: "VALUE", cameras: [OrderCamera(id: "GATE", location: "North")]),
                                  OrderLine(series: "PRO", quantity: 1, location: "Yard", fields: ["bay": "B2"])], fieldNames: ["bay"])
        let tags = try TagOrder(order: order, series: catalog.series, serialStart: 10)
        XCTAssertEqual(tags.count, 17 * 3 + 10)
        XCTAssertEqual(tags.cameraCount, 4)
        XCTAssertEqual(tags.tag(at: 17).cameraID, "CAM-02")
        XCTAssertEqual(tags.tag(at: 34).cameraID, "GATE")
        XCTAssertEqual(tags.tag(at: 34).location, "North")
        XCTAssertEqual(tags.tag(at: 34).camera, 3)
        XCTAssertEqual(tags.tag(at: 44).cameraID, "CAM-04")
        XCTAssertEqual(tags.tag(at: 44).location, "Yard")
        XCTAssertEqual(tags.tag(at: 44).value(of: "bay"), "B2")
        XCTAssertEqual(tags.tag(at: 0).location, "")
        XCTAssertEqual((0..<tags.count).map { tags.tag(at: $0).serial! }, Array(10..<(10 + tags.count)))
    }

    func testLeadCollationGathersEachSeriesAcrossTheOrder() throws {
        let catalog = try TagFixture.catalog()
        let order = Order(lines: [OrderLine(series: "PRO", quantity: 2), OrderLine(series: "VALUE", quantity: 1), OrderLine(series: "PRO", quantity: 1)])
        let tags = try TagOrder(order: order, series: catalog.series, collation: .lead)
        // PRO's first lead for cameras 1, 2 and 4, then its second lead.
        XCTAssertEqual((0..<4).map { tags.tag(at: $0).camera }, [1, 2, 4, 1])
        XCTAssertEqual((0..<4).map { tags.tag(at: $0).lead.position }, [1, 1, 1, 2])
        XCTAssertEqual(tags.tag(at: 17 * 3).series.id, "VALUE")
        XCTAssertEqual(tags.tag(at: 17 * 3).camera, 3)
    }

    func testPairsNeverStraddleARowOrASheetAndTheSummaryContinuesTheRun() throws {
        let catalog = try TagFixture.catalog()
        let tags = try TagOrder(order: Order(lines: [OrderLine(series: "VALUE", quantity: 2)]), series: catalog.series, serialStart: 1, ends: 2)
        let sheet = try TagSheet(order: tags, preset: TagFixture.preset("avery-5160"), startAt: 8)
        // 40 tags from label 8 on a 3-column sheet: labels 8-9 take the first pair, then one pair a row (the third label of each
        // row left blank): 8 pairs on sheet 1, 10 on sheet 2, 2 on sheet 3 (labels 1-2 and 4-5).
        XCTAssertEqual(sheet.placement(ofTag: 0).position, 7)
        XCTAssertEqual(sheet.placement(ofTag: 1).position, 8)
        XCTAssertEqual(sheet.placement(ofTag: 2).position, 9)
        XCTAssertEqual(sheet.placement(ofTag: 15).position, 28)
        XCTAssertEqual(sheet.placement(ofTag: 16).page, 1)
        XCTAssertEqual(sheet.placement(ofTag: 16).position, 0)
        XCTAssertNil(sheet.tagIndex(page: 0, position: 11))
        XCTAssertNil(sheet.tagIndex(page: 0, position: 29))
        XCTAssertEqual(sheet.tagIndex(page: 1, position: 0), 16)
        XCTAssertEqual(sheet.tagIndex(page: 1, position: 4), 19)
        XCTAssertEqual(sheet.placement(ofTag: 39).page, 2)
        XCTAssertEqual(sheet.placement(ofTag: 39).position, 4)
        // Labels 8 to 30, 30 on sheet 2 and 5 on sheet 3 hold 40 tags and 18 blanks.
        XCTAssertEqual(sheet.summary, TagRunSummary(sheets: 3, labelsOnLastSheet: 5, nextStartAt: 6, nextSerial: 21, labelsPerSheet: 30, tags: 40, blanks: 18))
        XCTAssertTrue(sheet.summary.lines().contains("labels left blank to keep each pair in one row: 18"))
        XCTAssertThrowsError(try TagSheet(order: tags, preset: TagFixture.preset("avery-5160"), startAt: 30))
        XCTAssertNoThrow(try TagSheet(order: tags, preset: TagFixture.preset("avery-5160"), startAt: 27), "label 27 ends a row: the pair starts at 28")
    }

    func testEndNamesAndPayloadFieldsShareOneTemplateLanguage() throws {
        let catalog = try TagFixture.catalog()
        let order = Order(lines: [OrderLine(series: "VALUE", cameras: [OrderCamera(id: "C7", fields: ["bay": "B2"])])], fieldNames: ["bay"])
        let tags = try TagOrder(order: order, series: catalog.series, ends: 2, endNames: ["CAM", "PANEL"])
        let template = try PayloadTemplate("{camera}/{bay}/{end}/{set:03}/{group|definition}", extraFields: ["bay"])
        XCTAssertEqual(template.expand(tags.tag(at: 1).value(of:)), "C7/B2/PANEL/001/Alarm input")
        XCTAssertThrowsError(try TagOrder(order: order, series: catalog.series, ends: 2, endNames: ["X", "X"]))
        XCTAssertThrowsError(try PayloadTemplate("{bay}"))
        XCTAssertThrowsError(try PayloadTemplate("{camera:03}"), "text fields are not zero-padded")
    }
}
