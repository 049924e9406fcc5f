import Foundation
import TestSupport
import XCTest

/// `--print-job` writes every path absolute, so the saved job renders the same document from any folder.
final class PrintJobRoundTripTests: XCTestCase {
    func testAnOrderJobSavedInOneFolderRendersTheSamePDFFromAnother() throws {
        let work = try Tool.temporaryFolder(), elsewhere = try Tool.temporaryFolder()
        try Data("camera,series,location\nCAM-1,PRO,Gate\nCAM-2,VALUE,Yard\n".utf8).write(to: work.appendingPathComponent("order.csv"))
        try Data("""
        name: bays
        lines:
          - {role: id, text: "{camera} · {location}"}
          - {role: label, text: "{label}"}
          - {role: detail, text: "{series} · {color}"}
        """.utf8).write(to: work.appendingPathComponent("bays.yaml"))
        let arguments = ["tags", "--order", "order.csv", "--template", "bays.yaml", "--serial", "1", "--summary-json", "summary.json", "-o", "direct.pdf"]
        let direct = try Tool.leadprint(arguments, in: work)
        XCTAssertEqual(direct.status, 0, direct.stderr)
        let saved = try Tool.leadprint(arguments.dropLast(2) + ["-o", work.appendingPathComponent("saved.pdf").path, "--print-job"], in: work)
        XCTAssertEqual(saved.status, 0, saved.stderr)
        for key in ["order-file", "template", "summary-json"] {
            XCTAssertTrue(saved.stdout.contains("\(key): \(work.path)/"), "\(key) is absolute in:\n\(saved.stdout)")
        }
        try Data(saved.stdout.utf8).write(to: elsewhere.appendingPathComponent("job.yaml"))
        try FileManager.default.removeItem(at: work.appendingPathComponent("summary.json"))
        let run = try Tool.leadprint(["run", "job.yaml"], in: elsewhere)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(try Data(contentsOf: work.appendingPathComponent("saved.pdf")), try Data(contentsOf: work.appendingPathComponent("direct.pdf")))
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("summary.json").path), "the summary goes where the command line meant")
    }
}
