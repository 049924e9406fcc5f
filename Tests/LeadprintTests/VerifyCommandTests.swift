import Foundation
import TestSupport
import XCTest

/// `leadprint verify` as a user runs it: exit status 0 pass, 1 fail, 64 usage; the report, the picture and the correction.
final class VerifyCommandTests: XCTestCase {
    /// A tube job with a QR code (small pages, quick to read) saved as a job file, and its third tag rendered as a "scan".
    private func tubeJob(_ folder: URL) throws -> (job: URL, scan: URL) {
        let options = ["--series", "PRO", "--preset", "brother-hse-8.8mm", "--barcode", "qr"]
        let printed = try Tool.leadprint(["tags"] + options + ["--print-job"])
        XCTAssertEqual(printed.status, 0, printed.stderr)
        let job = folder.appendingPathComponent("tube.yaml")
        try printed.stdout.write(to: job, atomically: true, encoding: .utf8)
        let rendered = try Tool.leadprint(["tags"] + options + ["--dpi", "1200", "-o", folder.appendingPathComponent("tube.png").path])
        XCTAssertEqual(rendered.status, 0, rendered.stderr)
        return (job, folder.appendingPathComponent("tube-03.png"))
    }

    func testAPrintedTagPassesAndTheCorrectionIsWritten() throws {
        let folder = try Tool.temporaryFolder()
        let (job, scan) = try tubeJob(folder)
        let correction = folder.appendingPathComponent("correction.yaml")
        let result = try Tool.leadprint(["verify", scan.path, "--job", job.path, "--sheet", "3", "--json", "--write-correction", correction.path])
        XCTAssertEqual(result.status, 0, result.stderr + result.stdout)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(report["pass"] as? Bool, true)
        let sheet = try XCTUnwrap((report["sheets"] as? [[String: Any]])?.first)
        XCTAssertEqual(sheet["sheet"] as? Int, 3)
        XCTAssertEqual(sheet["codesRead"] as? Int, 1)
        XCTAssertEqual(try XCTUnwrap(sheet["offsetXMM"] as? Double), 0, accuracy: 0.1)
        let written = try String(contentsOf: correction, encoding: .utf8)
        // A rendered page is where the job puts it: the correction is none, to the scan's resolution (1200 dpi: 0.02 mm).
        let lines = written.split(separator: "\n").filter { !$0.hasPrefix("#") }
        XCTAssertEqual(lines.count, 2, written)
        let offset = try XCTUnwrap(lines.first { $0.hasPrefix("offset: ") }).dropFirst(8).split(separator: ",").map { Double($0.dropLast(2)) }
        XCTAssertEqual(try XCTUnwrap(offset.first ?? nil), 0, accuracy: 0.02)
        XCTAssertEqual(try XCTUnwrap(offset.last ?? nil), 0, accuracy: 0.02)
        XCTAssertEqual(try XCTUnwrap(Double(XCTUnwrap(lines.first { $0.hasPrefix("scale: ") }).dropFirst(7))), 1, accuracy: 0.0002)
    }

    func testTheWrongTagFailsWithItsLabelAndThePicture() throws {
        let folder = try Tool.temporaryFolder()
        let (job, _) = try tubeJob(folder)
        // Tag 4 scanned where the job's sheet 3 is.
        let picture = folder.appendingPathComponent("marked.png")
        let result = try Tool.leadprint(["verify", folder.appendingPathComponent("tube-04.png").path, "--job", job.path, "--sheet", "3", "--annotate", picture.path])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stdout.contains("sheet 3 label 1 (row 1, column 1): unexpected: a code 'PRO-04' the sheet does not print, instead of CAM-01 PRO lead 3"), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("FAIL: 1 finding(s)\n"), result.stdout)
        let png = try XCTUnwrap(PNGImage(picture))
        // The ellipse round the label is red.
        XCTAssertTrue((0..<png.width).contains { x in (0..<png.height).contains { y in let c = png.pixel(x: x, y: y); return c.red > 180 && c.green < 60 } })
    }

    func testUsageMistakesExit64() throws {
        let folder = try Tool.temporaryFolder()
        let (job, scan) = try tubeJob(folder)
        let picture = try Tool.leadprint(["verify", scan.path, "--job", job.path, "--annotate", folder.appendingPathComponent("x.jpg").path])
        XCTAssertEqual(picture.status, 64)
        XCTAssertTrue(picture.stderr.contains("--annotate writes PNG"), picture.stderr)
        let module = try Tool.leadprint(["verify", scan.path, "--job", job.path, "--min-module", "0.3"])
        XCTAssertEqual(module.status, 64)
        XCTAssertTrue(module.stderr.contains("--min-module '0.3'"), module.stderr)
    }

    func testAJobWithoutBarcodesIsRefusedInOneLine() throws {
        let folder = try Tool.temporaryFolder()
        let printed = try Tool.leadprint(["tags", "--series", "PRO", "--print-job"])
        let job = folder.appendingPathComponent("plain.yaml")
        try printed.stdout.write(to: job, atomically: true, encoding: .utf8)
        let scan = folder.appendingPathComponent("none.png")
        XCTAssertEqual(try Tool.leadprint(["tags", "--series", "PRO", "-o", scan.path, "--dpi", "50"]).status, 0)
        let result = try Tool.leadprint(["verify", scan.path, "--job", job.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "Error: verify reads each tag's barcode, and this job prints none (give it --barcode)\n")
    }
}
