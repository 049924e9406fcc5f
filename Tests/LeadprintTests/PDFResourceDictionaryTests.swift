import Foundation
import TestSupport
import XCTest

/// A tag design placed many times on a page is one form XObject; the page's resources name it once.
final class PDFResourceDictionaryTests: XCTestCase {
    /// Cairo 1.16 lists a recorded drawing once per placement in the page's resources (a dictionary with repeated
    /// keys, which preflight tools flag); the qpdf pass writes each once, on A4 and on whole-point Letter alike.
    func testRepeatedTagDesignsLeaveNoRepeatedResourceKeys() throws {
        for preset in ["avery-l7651", "avery-5160"] {
            let folder = try Tool.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let result = try Tool.leadprint(["tags", "--series", "all", "--sets", "3", "--preset", preset, "--output", "tags.pdf"], in: folder)
            XCTAssertEqual(result.status, 0, result.stderr)
            let check = try Tool.run("qpdf", ["--check", folder.appendingPathComponent("tags.pdf").path])
            XCTAssertEqual(check.status, 0, check.stderr)
            XCTAssertFalse((check.stdout + check.stderr).contains("duplicated key"), "\(preset): \(check.stdout.prefix(400))")
            XCTAssertGreaterThan(try Tool.pdfPageSizes(folder.appendingPathComponent("tags.pdf")).count, 0)
        }
    }
}
