import Foundation
import TestSupport
import XCTest

/// The built `leadprint` binary: exit codes, messages and files written.
final class TagsCommandTests: XCTestCase {
    private func leadprint(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        try Tool.leadprint(arguments)
    }

    func testTagsWritesTwoPagesForTwoProSets() throws {
        let target = try Tool.temporaryFolder().appendingPathComponent("pro.pdf")
        let result = try leadprint(["tags", "--series", "PRO", "--sets", "2", "--preset", "avery-5160", "-o", target.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try Tool.pdfPageSizes(target).count, 2)
    }

    func testLabelTooLongFailsWithTagAndPresetAndWritesNothing() throws {
        let folder = try Tool.temporaryFolder()
        let yaml = try String(contentsOf: Tool.repositoryRoot.appendingPathComponent("Resources/catalogs/flying-leads.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "label: GND,", with: "label: GROUND_RETURN_OF_THE_ALARM_OUTPUT_CIRCUIT_AND_METAL_BASE,")
        let catalog = folder.appendingPathComponent("long.yaml")
        try yaml.write(to: catalog, atomically: true, encoding: .utf8)
        let target = folder.appendingPathComponent("tags.pdf")
        let result = try leadprint(["tags", "--catalog", catalog.path, "--preset", "cablebug-mini", "-o", target.path])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("PRO lead 9") && result.stderr.contains("cablebug-mini"), result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, "one line: \(result.stderr)")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["long.yaml"])
    }

    func testBadOptionsAreRejected() throws {
        let target = try Tool.temporaryFolder().appendingPathComponent("x.pdf")
        for arguments in [["--start-at", "31"], ["--offset", "1,2"], ["--series", "ULTRA"], ["--preset", "letter"]] {
            let result = try leadprint(["tags", "-o", target.path] + arguments)
            XCTAssertNotEqual(result.status, 0, "\(arguments)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: target.path), "\(arguments)")
        }
    }

    func testACorrectionThatPushesTextOffTheMediaIsRefused() throws {
        let target = try Tool.temporaryFolder().appendingPathComponent("x.pdf")
        let result = try leadprint(["tags", "--offset", "1000mm,0mm", "-o", target.path])
        // An option that moves text off the media is a usage error, like --dpi 10000.
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.stderr.contains("--offset/--scale move the text area of label 1 of avery-5160 past the edge of the media"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: target.path))
        // A real misregistration of a few millimetres is accepted.
        XCTAssertEqual(try leadprint(["tags", "--offset", "1.5mm,-2mm", "-o", target.path]).status, 0)
    }

    func testCalibrateAndPresetsList() throws {
        let target = try Tool.temporaryFolder().appendingPathComponent("cal.pdf")
        let result = try leadprint(["calibrate", "--preset", "avery-l7651", "--offset", "0.5mm,-1mm", "-o", target.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(try Tool.pdfText(target).contains("avery-l7651"))
        let list = try leadprint(["presets"])
        for name in ["avery-5160", "avery-l7160", "avery-l7651", "cablebug-mini", "brother-hse-8.8mm", "brother-hse-11.7mm", "brady-bm-31-427", "laser-sleeve-a4"] {
            XCTAssertTrue(list.stdout.contains(name), name)
        }
    }
}
