import Foundation
import TestSupport
import XCTest

/// `--print QUEUE` and `leadprint printers` against a private CUPS scheduler the suite starts and stops itself.
final class PrintCommandTests: XCTestCase {
    nonisolated(unsafe) private static var server: PrivateCupsServer?

    override class func setUp() {
        super.setUp()
        server = try? PrivateCupsServer()
        for queue in ["sheets", "tube"] { try? server?.addQueue(queue) }
    }

    override class func tearDown() {
        server?.stop()
        server = nil
        super.tearDown()
    }

    private func running() throws -> PrivateCupsServer { try XCTUnwrap(Self.server, "the private cupsd did not start") }

    func testATagSheetArrivesAtTheQueueByteForByte() throws {
        let server = try running()
        let target = try Tool.temporaryFolder().appendingPathComponent("tags.pdf")
        let result = try Tool.leadprint(["tags", "--series", "PRO", "--preset", "avery-5160", "--print", "sheets", "-o", target.path],
                                        environment: ["CUPS_SERVER": server.address])
        XCTAssertEqual(result.status, 0, result.stderr)
        let written = try Data(contentsOf: target)
        XCTAssertTrue(result.stdout.contains("on sheets as job sheets-"), result.stdout)
        XCTAssertTrue(result.stdout.contains("media na_letter_8.5x11in, 1 copy"), result.stdout)
        XCTAssertEqual(try server.waitForPrinted(on: "sheets", count: written.count), written)
    }

    func testARollPrintsOneJobWithAPagePerTag() throws {
        let server = try running()
        let folder = try Tool.temporaryFolder()
        let target = folder.appendingPathComponent("tube.pdf")
        let result = try Tool.leadprint(["tags", "--series", "PRO", "--preset", "brother-hse-8.8mm", "--print", "tube", "--print-server", server.address,
                                         "-o", target.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout.components(separatedBy: "as job tube-").count, 2, "one job: \(result.stdout)")
        XCTAssertTrue(result.stdout.contains("media Custom.8.8x40mm"), result.stdout)
        let written = try Data(contentsOf: target)
        let printed = try server.waitForPrinted(on: "tube", count: written.count)
        XCTAssertEqual(printed, written)
        let copy = folder.appendingPathComponent("printed.pdf")
        try printed.write(to: copy)
        XCTAssertEqual(try Tool.pdfPageSizes(copy).count, 17, "a page per PRO tag")
    }

    func testAMissingQueueIsAnErrorAndTheFileIsStillWritten() throws {
        let server = try running()
        let target = try Tool.temporaryFolder().appendingPathComponent("card.pdf")
        let result = try Tool.leadprint(["card", "--series", "PRO", "--print", "no-such-queue", "-o", target.path], environment: ["CUPS_SERVER": server.address])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("no print queue 'no-such-queue' on the CUPS server at \(server.address) (known: sheets, tube"), result.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: target.path))
    }

    func testASilentServerFailsWithinTheTimeoutAndThePDFIsStillWritten() throws {
        for behaviour in [StalledServer.Behaviour.silent, .trickle] {
            let stalled = try StalledServer(behaviour)
            defer { stalled.stop() }
            let target = try Tool.temporaryFolder().appendingPathComponent("tags.pdf")
            let result = try Tool.leadprint(["tags", "--series", "PRO", "--print", "office", "--print-server", stalled.address, "--print-timeout", "2",
                                             "-o", target.path])
            XCTAssertEqual(result.status, 1, "\(behaviour): \(result.stderr)")
            XCTAssertEqual(result.stderr, "Error: the CUPS server at \(stalled.address) did not answer within 2 s (listing the print queues): "
                           + "is it a CUPS scheduler, and is it overloaded? see --print-server and --print-timeout\n", "\(behaviour)")
            XCTAssertTrue(FileManager.default.fileExists(atPath: target.path), "the PDF is written before printing")
        }
    }

    func testARefusedPortIsNamedFromCUPSServerWithItsPort() throws {
        let port = try StalledServer.closedPort()
        let result = try Tool.leadprint(["printers"], environment: ["CUPS_SERVER": "127.0.0.1:\(port)"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "Error: cannot reach the CUPS server at 127.0.0.1:\(port): connection refused: is the CUPS scheduler running? see --print-server\n")
        let trickling = try StalledServer(.trickle)
        defer { trickling.stop() }
        let listing = try Tool.leadprint(["printers", "--print-server", trickling.address, "--print-timeout", "1.5"])
        XCTAssertEqual(listing.status, 1)
        XCTAssertTrue(listing.stderr.contains("did not answer within 1.5 s (listing the print queues)"), listing.stderr)
    }

    func testPrintingNeedsAPDFAndCopiesNeedAQueue() throws {
        let folder = try Tool.temporaryFolder()
        let png = try Tool.leadprint(["tags", "--print", "sheets", "-o", folder.appendingPathComponent("t.png").path])
        XCTAssertEqual(png.status, 64)
        XCTAssertTrue(png.stderr.contains("--print sends a PDF"), png.stderr)
        let copies = try Tool.leadprint(["tags", "--copies", "2", "-o", folder.appendingPathComponent("t.pdf").path])
        XCTAssertEqual(copies.status, 64)
        XCTAssertTrue(copies.stderr.contains("--copies needs --print QUEUE"), copies.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }

    func testPrintersListsQueuesWithTheirMedia() throws {
        let server = try running()
        let result = try Tool.leadprint(["printers", "--print-server", server.address])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.filter { !$0.hasPrefix(" ") }, ["sheets", "tube"])
        XCTAssertTrue(lines[1].hasPrefix("  media: iso_a4_210x297mm"), result.stdout)
        XCTAssertTrue(lines[1].contains("(210 x 297 mm)"), result.stdout)
    }
}
