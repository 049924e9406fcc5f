import Foundation
import TestSupport
import XCTest

final class CardCommandTests: XCTestCase {
    private func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        try Tool.leadprint(arguments)
    }

    func testImposedDuplexSheetIsWritten() throws {
        let out = try Tool.temporaryFolder().appendingPathComponent("pro.pdf")
        let result = try run(["card", "--series", "PRO", "--sheet", "a4", "--duplex", "-o", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let sizes = try Tool.pdfPageSizes(out)
        XCTAssertEqual(sizes.count, 2)
        XCTAssertEqual(sizes[0].width, 595.28, accuracy: 0.01)
        XCTAssertTrue(try Tool.pdfText(out, page: 1).contains("ALARMIN_GND"))
    }

    func testTooManyLeadsForCR80FailsNamingAPresetAndWritesNothing() throws {
        let folder = try Tool.temporaryFolder()
        var leads = "", groups = ""
        for i in 1...60 { leads += "      - {position: \(i), color: Red, label: SIG\(i), definition: Signal \(i), group: g\((i + 1) / 2)}\n" }
        for g in 1...30 { groups += "      - {id: g\(g), name: Pair \(g), kind: alarm-input}\n" }
        let yaml = """
        catalog: {title: Long, revision: "1", source: test}
        publisher: {name: ACME}
        series:
          - id: BIG
            name: BIG Series
            description: many
            leadCount: 60
            leads:
        \(leads)    groups:
        \(groups)    footnotes: []
        """
        let catalog = folder.appendingPathComponent("long.yaml")
        try yaml.write(to: catalog, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("big.pdf")
        let result = try run(["card", "--series", "BIG", "--catalog", catalog.path, "-o", out.path])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("cr80") && result.stderr.contains("use --preset "), result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["long.yaml"])
    }

    func testBadOptionsAreRefusedByName() throws {
        let out = try Tool.temporaryFolder().appendingPathComponent("x.pdf")
        let bleed = try run(["card", "--series", "PRO", "--bleed", "3", "-o", out.path])
        XCTAssertNotEqual(bleed.status, 0)
        XCTAssertTrue(bleed.stderr.contains("--bleed"), bleed.stderr)
        let series = try run(["card", "--series", "NOPE", "-o", out.path])
        XCTAssertNotEqual(series.status, 0)
        XCTAssertTrue(series.stderr.contains("NOPE") && series.stderr.contains("PRO"), series.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }
}
