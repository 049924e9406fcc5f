import Foundation
import TestSupport
import XCTest

final class CatalogCommandTests: XCTestCase {
    func testCheckPrintsASummaryOfTheBundledCatalog() throws {
        let result = try Tool.leadprint(["catalog", "check"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("PRO (PRO Series): 17 leads, 8 groups"), result.stdout)
        XCTAssertTrue(result.stdout.contains("VALUE (VALUE Series): 10 leads, 4 groups"), result.stdout)
    }

    func testCheckReportsEveryProblemWithLineAndFieldAndExitsOne() throws {
        let folder = try Tool.temporaryFolder()
        let file = folder.appendingPathComponent("bad.yaml")
        let bundled = try String(contentsOf: Tool.repositoryRoot.appendingPathComponent("Resources/catalogs/flying-leads.yaml"), encoding: .utf8)
        var lines = bundled.components(separatedBy: "\n")
        let brown = try XCTUnwrap(lines.firstIndex { $0.contains("color: Brown") })
        lines[brown] = lines[brown].replacingOccurrences(of: "color: Brown", with: "color: Blak")
        let count = try XCTUnwrap(lines.firstIndex { $0.contains("leadCount: 10") })
        lines[count] = lines[count].replacingOccurrences(of: "leadCount: 10", with: "leadCount: 11")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let result = try Tool.leadprint(["catalog", "check", "--catalog", file.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("bad.yaml:\(brown + 1): series PRO, lead 1, color: "), result.stderr)
        XCTAssertTrue(result.stderr.contains("Blak"), result.stderr)
        XCTAssertTrue(result.stderr.contains("bad.yaml:\(count + 1): series VALUE"), result.stderr)
    }

    func testShowJSONHasTheDocumentedShape() throws {
        let result = try Tool.leadprint(["catalog", "show", "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let series = try XCTUnwrap(json["series"] as? [[String: Any]])
        XCTAssertEqual(series.map { $0["id"] as? String }, ["PRO", "VALUE"])
        let pro = series[0]
        XCTAssertEqual(Set(pro.keys), ["id", "name", "leadCount", "leads", "groups", "footnotes", "capabilities"])
        let lead = try XCTUnwrap((pro["leads"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(lead.keys), ["position", "color", "code", "label", "definition", "group"])
        XCTAssertEqual(pro["capabilities"] as? [String: Int],
                       ["alarm-input": 2, "alarm-output": 2, "microphone-input": 1, "audio-output": 1, "ground": 1, "rs485": 1])
        XCTAssertEqual(series[1]["capabilities"] as? [String: Int],
                       ["alarm-input": 1, "alarm-output": 1, "microphone-input": 1, "audio-output": 1, "ground": 0, "rs485": 0])
    }

    func testCatalogFromStandardInput() throws {
        let bundled = try Data(contentsOf: Tool.repositoryRoot.appendingPathComponent("Resources/catalogs/flying-leads.yaml"))
        let good = try Tool.leadprint(["catalog", "check", "--catalog", "-"], input: bundled)
        XCTAssertEqual(good.status, 0, good.stderr)
        XCTAssertTrue(good.stdout.hasPrefix("<stdin>: OK, 2 series"), good.stdout)
        let bad = try Tool.leadprint(["catalog", "check", "--catalog", "-"], input: Data("series: [\n".utf8))
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stderr.contains("<stdin>:"), bad.stderr)
    }
}
