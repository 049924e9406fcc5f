import Foundation
import TestSupport
import XCTest

/// `--print QUEUE` with a printer language: the job goes through a raw CUPS queue (`-o raw`) byte for byte, here to
/// the printer stand-in behind the queue's socket:// device, as a raw queue for a port-9100 printer is set up.
final class RawQueueCommandTests: XCTestCase {
    func testAZPLJobArrivesThroughARawQueueByteForByte() throws {
        let printer = try PrinterStandIn(.silent)
        defer { printer.stop() }
        let server = try PrivateCupsServer()
        defer { server.stop() }
        let queue = try Tool.run("lpadmin", ["-h", server.address, "-p", "zebra", "-E", "-v", "socket://127.0.0.1:\(printer.port)", "-m", "raw"])
        XCTAssertEqual(queue.status, 0, queue.stderr)
        let target = try Tool.temporaryFolder().appendingPathComponent("tags.zpl")
        let result = try Tool.leadprint(["tags", "--series", "PRO", "--preset", "zebra-die-cut-2x1in", "--format", "zpl", "--print", "zebra",
                                         "--print-server", server.address, "-o", target.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("on zebra as raw job zebra-"), result.stdout)
        XCTAssertEqual(printer.received().first, try Data(contentsOf: target), server.errorLog)
    }

    func testAPTouchJobArrivesThroughARawQueueByteForByte() throws {
        let printer = try PrinterStandIn(.silent)
        defer { printer.stop() }
        let server = try PrivateCupsServer()
        defer { server.stop() }
        let queue = try Tool.run("lpadmin", ["-h", server.address, "-p", "ptouch", "-E", "-v", "socket://127.0.0.1:\(printer.port)", "-m", "raw"])
        XCTAssertEqual(queue.status, 0, queue.stderr)
        let target = try Tool.temporaryFolder().appendingPathComponent("tags.ptouch")
        let result = try Tool.leadprint(["tags", "--series", "PRO", "--preset", "brother-hse-11.7mm", "--format", "ptouch", "--print", "ptouch",
                                         "--print-server", server.address, "-o", target.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(printer.received().first, try Data(contentsOf: target), server.errorLog)
    }
}
