import XCTest
@testable import LeadCatalog

final class CatalogJSONTests: XCTestCase {
    private func decoded() throws -> (text: String, series: [[String: Any]]) {
        let catalog = try Catalog.load(from: Fixtures.catalogURL, palette: Fixtures.palette())
        let text = try CatalogJSON.encode(catalog)
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(Array(root.keys), ["series"])
        return (text, try XCTUnwrap(root["series"] as? [[String: Any]]))
    }

    func testShapeAndCounts() throws {
        let series = try decoded().series
        XCTAssertEqual(series.count, 2)
        let pro = series[0]
        XCTAssertEqual(Set(pro.keys), ["id", "name", "leadCount", "leads", "groups", "footnotes", "capabilities"])
        XCTAssertEqual(pro["id"] as? String, "PRO")
        XCTAssertEqual(pro["leadCount"] as? Int, 17)

        let leads = try XCTUnwrap(pro["leads"] as? [[String: Any]])
        XCTAssertEqual(leads.count, 17)
        XCTAssertEqual(Set(leads[0].keys), ["position", "color", "code", "label", "definition", "group"])
        XCTAssertEqual(leads[6]["color"] as? String, "Purple")
        XCTAssertEqual(leads[6]["code"] as? String, "VT")
        XCTAssertEqual(leads[0]["group"] as? String, "Alarm input #1", "a lead's group is the group's name")

        let groups = try XCTUnwrap(pro["groups"] as? [[String: Any]])
        XCTAssertEqual(groups.count, 8)
        XCTAssertEqual(Set(groups[0].keys), ["name", "kind", "positions", "footnote"])
        XCTAssertTrue(groups[0]["footnote"] is NSNull, "an absent footnote is written as null")
        XCTAssertEqual(groups[4]["footnote"] as? String, "*")
        XCTAssertEqual(groups[5]["positions"] as? [Int], [10, 11, 12])

        XCTAssertEqual((pro["footnotes"] as? [[String: Any]])?.count, 2)
        let valueCapabilities = try XCTUnwrap(series[1]["capabilities"] as? [String: Int])
        XCTAssertEqual(valueCapabilities, ["alarm-input": 1, "alarm-output": 1, "microphone-input": 1,
                                           "audio-output": 1, "ground": 0, "rs485": 0])
    }

    func testEncodingIsStable() throws {
        let first = try decoded().text
        XCTAssertEqual(first, try decoded().text)
        XCTAssertTrue(first.contains("\"web\"") == false, "the JSON form carries series only")
        XCTAssertTrue(first.contains("RIN/MIC+"), "slashes are not escaped")
    }
}
