import Foundation
import Geometry
import Printing
import TestSupport
import XCTest

/// Every exchange with a CUPS server ends by the time limit, against stand-ins that accept and never answer properly.
final class CupsConnectionTests: XCTestCase {
    /// Runs `work` on a thread of its own and gives up waiting after `seconds`, so a hang fails the test instead of stalling the suite.
    private func outcome(within seconds: Double, _ work: @escaping @Sendable () throws -> Void) -> Error? {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: Error?
        Thread {
            do { try work() } catch { result = error }
            done.signal()
        }.start()
        guard done.wait(timeout: .now() + seconds) == .success else {
            XCTFail("still waiting on the server after \(seconds) s")
            return nil
        }
        return result
    }

    private func media() throws -> MediaSize { try MediaSize(page: Size(width: .mm(210), height: .mm(297))) }

    func testASilentServerEndsTheListingWithinTheLimit() throws {
        let server = try StalledServer(.silent)
        defer { server.stop() }
        let error = outcome(within: 30) { _ = try Printers(server: server.address, timeout: 1).queues() }
        XCTAssertEqual(error as? PrintingError, .timedOut(server: server.address, seconds: 1, during: "listing the print queues"))
        XCTAssertEqual(error.map { "\($0)" }, "the CUPS server at \(server.address) did not answer within 1 s (listing the print queues): "
                       + "is it a CUPS scheduler, and is it overloaded? see --print-server and --print-timeout")
    }

    func testATricklingServerEndsTheListingWithinTheLimit() throws {
        let server = try StalledServer(.trickle)
        defer { server.stop() }
        // A byte a second restarts libcups's own wait each time: only the deadline ends this one.
        let error = outcome(within: 30) { _ = try Printers(server: server.address, timeout: 2.5).queues() }
        XCTAssertEqual(error as? PrintingError, .timedOut(server: server.address, seconds: 2.5, during: "listing the print queues"))
    }

    func testASilentServerEndsAPrintJobWithinTheLimit() throws {
        let server = try StalledServer(.trickle)
        defer { server.stop() }
        let pdf = try Tool.temporaryFolder().appendingPathComponent("doc.pdf")
        try Data("%PDF-1.4\n%%EOF\n".utf8).write(to: pdf)
        let media = try media()
        let error = outcome(within: 30) { _ = try Printers(server: server.address, timeout: 1).print(pdf, to: "office", media: media, title: "t") }
        guard case .timedOut(let named, let seconds, _)? = error as? PrintingError else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(named, server.address)
        XCTAssertEqual(seconds, 1)
        XCTAssertEqual(try Data(contentsOf: pdf), Data("%PDF-1.4\n%%EOF\n".utf8), "the file is left untouched")
    }

    func testATimeLimitOutOfRangeIsRefusedBeforeConnecting() {
        XCTAssertThrowsError(try Printers(server: "127.0.0.1:9", timeout: 0).queues()) { XCTAssertEqual($0 as? PrintingError, .invalidTimeout(0)) }
        XCTAssertThrowsError(try Printers(server: "127.0.0.1:9", timeout: .nan).queues()) { XCTAssertNotNil($0 as? PrintingError) }
    }

    func testTheDefaultLimitIsTenSeconds() {
        XCTAssertEqual(Printers().timeout, 10)
        XCTAssertEqual(Printers.defaultTimeout, 10)
    }
}
