import Foundation
import TestSupport
import XCTest

/// A printed job in the history: recorded with its queue and job id, its stock kept for that queue, and reprinted to the
/// same queue byte for byte, on a private CUPS scheduler.
final class HistoryPrintTests: XCTestCase {
    nonisolated(unsafe) private static var server: PrivateCupsServer?

    override class func setUp() {
        super.setUp()
        server = try? PrivateCupsServer()
        try? server?.addQueue("sheets")
    }

    override class func tearDown() {
        server?.stop()
        server = nil
        super.tearDown()
    }

    func testAPrintedJobIsReprintedToItsQueueByteForByte() throws {
        let server = try XCTUnwrap(Self.server, "the private cupsd did not start")
        let folder = try Tool.temporaryFolder()
        let environment = ["CUPS_SERVER": server.address, "LEADPRINT_HISTORY": folder.appendingPathComponent("h.sqlite").path]
        let first = try Tool.leadprint(["tags", "--series", "PRO", "--serial", "1", "--stock", "shelf", "--print", "sheets", "-o", "tags.pdf"],
                                       in: folder, environment: environment)
        XCTAssertEqual(first.status, 0, first.stderr)
        let written = try Data(contentsOf: folder.appendingPathComponent("tags.pdf"))
        XCTAssertEqual(try server.waitForPrinted(on: "sheets", count: written.count), written)

        let show = try Tool.leadprint(["history", "show", "1"], in: folder, environment: environment)
        XCTAssertTrue(show.stdout.contains("sent to: \(folder.standardizedFileURL.path)/tags.pdf; queue sheets job sheets-"), show.stdout)
        let stock = try Tool.leadprint(["history", "stock"], in: folder, environment: environment)
        XCTAssertEqual(stock.stdout, "shelf in sheets: next label 18 of 30 (avery-5160), next serial 18\n")

        try FileManager.default.removeItem(at: server.printed(on: "sheets"))
        let reprint = try Tool.leadprint(["history", "reprint", "1", "-o", "again.pdf"], in: folder, environment: environment)
        XCTAssertEqual(reprint.status, 0, reprint.stderr)
        XCTAssertTrue(reprint.stdout.contains("on sheets as job sheets-"), reprint.stdout)
        XCTAssertEqual(try server.waitForPrinted(on: "sheets", count: written.count), written)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("again.pdf")), written)
        let list = try Tool.leadprint(["history", "list"], in: folder, environment: environment)
        XCTAssertTrue(list.stdout.hasPrefix("2  ") && list.stdout.contains("reprint of entry 1: "), list.stdout)
    }
}
