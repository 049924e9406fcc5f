import Foundation
import Geometry
import Printing
import TestSupport
import XCTest

/// Listing queues and sending PDFs through libcups, against a private CUPS scheduler this suite starts and stops.
final class PrintersTests: XCTestCase {
    nonisolated(unsafe) private static var server: PrivateCupsServer?

    override class func setUp() {
        super.setUp()
        server = try? PrivateCupsServer()
        try? server?.addQueue("leadprint-test")
        try? server?.addQueue("leadprint-closed")
        try? server?.reject("leadprint-closed")
    }

    override class func tearDown() {
        server?.stop()
        server = nil
        super.tearDown()
    }

    private func running() throws -> PrivateCupsServer { try XCTUnwrap(Self.server, "the private cupsd did not start") }

    func testMediaNamesForPresetPages() throws {
        XCTAssertEqual(try MediaSize(page: Size(width: .mm(210), height: .mm(297))).name, "iso_a4_210x297mm")
        XCTAssertEqual(try MediaSize(page: Size(width: .inch(8.5), height: .inch(11))).name, "na_letter_8.5x11in")
        // Roll media feed along their length: the tube's 8.8 mm is across the tape.
        let tube = try MediaSize(page: Size(width: .mm(40), height: .mm(8.8)))
        XCTAssertEqual(tube.name, "Custom.8.8x40mm")
        XCTAssertEqual(tube.width.millimetres, 8.8, accuracy: 1e-9)
        XCTAssertEqual(try MediaSize(page: Size(width: .mm(91.6), height: .mm(59.98))).name, "Custom.59.98x91.6mm")
    }

    func testQueuesAreListedWithTheirMedia() throws {
        let server = try running()
        let queues = try Printers(server: server.address).queues()
        XCTAssertEqual(queues.map(\.name), ["leadprint-closed", "leadprint-test"])
        let queue = try XCTUnwrap(queues.first { $0.name == "leadprint-test" })
        XCTAssertTrue(queue.acceptingJobs)
        XCTAssertFalse(try XCTUnwrap(queues.first { $0.name == "leadprint-closed" }).acceptingJobs)
        // The pass-through PPD has no margins, so CUPS names its sizes "…_borderless".
        let a4 = try XCTUnwrap(queue.media.first { $0.name.hasPrefix("iso_a4_210x297mm") }, "\(queue.media)")
        XCTAssertEqual(a4.width.millimetres, 210, accuracy: 0.01)
        XCTAssertEqual(a4.length.millimetres, 297, accuracy: 0.01)
        XCTAssertTrue(queue.media.contains { $0.name.hasPrefix("na_letter_8.5x11in") }, "\(queue.media)")
    }

    func testAPrintedPDFArrivesByteForByte() throws {
        let server = try running()
        let pdf = try Tool.temporaryFolder().appendingPathComponent("doc.pdf")
        // Any PDF will do: the queue's filter passes it through unchanged.
        let source = Data("%PDF-1.4\n% leadprint printing test \(UUID().uuidString)\n%%EOF\n".utf8)
        try source.write(to: pdf)
        let job = try Printers(server: server.address).print(pdf, to: "leadprint-test", copies: 1,
                                                              media: try MediaSize(page: Size(width: .mm(40), height: .mm(8.8))), title: "test")
        XCTAssertGreaterThan(job.jobID, 0)
        XCTAssertEqual(job.queue, "leadprint-test")
        XCTAssertEqual(try server.waitForPrinted(on: "leadprint-test", count: source.count), source)
    }

    func testAMissingQueueNamesTheKnownOnes() throws {
        let server = try running()
        let pdf = try Tool.temporaryFolder().appendingPathComponent("doc.pdf")
        try Data("%PDF-1.4\n%%EOF\n".utf8).write(to: pdf)
        XCTAssertThrowsError(try Printers(server: server.address).print(pdf, to: "no-such-queue", media: try MediaSize(page: Size(width: .mm(210), height: .mm(297))), title: "t")) {
            XCTAssertEqual($0 as? PrintingError, .noSuchQueue(queue: "no-such-queue", server: server.address, known: ["leadprint-closed", "leadprint-test"]))
        }
    }

    func testARejectingQueueIsAnError() throws {
        let server = try running()
        let pdf = try Tool.temporaryFolder().appendingPathComponent("doc.pdf")
        try Data("%PDF-1.4\n%%EOF\n".utf8).write(to: pdf)
        XCTAssertThrowsError(try Printers(server: server.address).print(pdf, to: "leadprint-closed", media: try MediaSize(page: Size(width: .mm(210), height: .mm(297))), title: "t")) { error in
            guard case .refused(let queue, let file, let reason)? = error as? PrintingError else { return XCTFail("\(error)") }
            XCTAssertEqual(queue, "leadprint-closed")
            XCTAssertEqual(file, pdf.path)
            XCTAssertFalse(reason.isEmpty)
        }
    }

    func testARefusedConnectionIsNamedWithItsPortAndTheRemedy() throws {
        let port = try StalledServer.closedPort()
        XCTAssertThrowsError(try Printers(server: "127.0.0.1:\(port)").queues()) { error in
            XCTAssertEqual(error as? PrintingError, .connectionRefused(server: "127.0.0.1:\(port)"))
            XCTAssertEqual("\(error)", "cannot reach the CUPS server at 127.0.0.1:\(port): connection refused: is the CUPS scheduler running? see --print-server")
        }
    }

    func testAnUnknownHostIsNamed() throws {
        XCTAssertThrowsError(try Printers(server: "no-such-host.invalid:631").queues()) { error in
            XCTAssertEqual(error as? PrintingError, .unknownHost(server: "no-such-host.invalid:631"))
        }
    }

    func testCopiesBelowOneAreRefusedBeforeSending() {
        XCTAssertThrowsError(try Printers(server: "127.0.0.1:9").print(URL(fileURLWithPath: "/nonexistent.pdf"), to: "q", copies: 0,
                                                                          media: try MediaSize(page: Size(width: .mm(10), height: .mm(10))), title: "t")) {
            XCTAssertEqual($0 as? PrintingError, .invalidCopies(0))
        }
    }
}
