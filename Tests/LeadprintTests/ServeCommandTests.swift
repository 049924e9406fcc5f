import Foundation
import TestSupport
import XCTest

/// `leadprint serve` checks its options, then becomes `leadprint-web` (same process, same streams, default signal actions).
final class ServeCommandTests: XCTestCase {
    func testServeBecomesTheWebServerAndStopsOnSIGTERM() throws {
        let server = Process()
        server.executableURL = Tool.leadprint
        server.arguments = ["serve", "--port", "0", "--workers", "1"]
        server.environment = ["LEADPRINT_RESOURCES": Tool.repositoryRoot.appendingPathComponent("Resources").path]
        let out = Pipe()
        server.standardOutput = out
        server.standardError = FileHandle.nullDevice
        try server.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            line += chunk
        }
        XCTAssertTrue(String(decoding: line, as: UTF8.self).hasPrefix("leadprint serving on http://127.0.0.1:"), String(decoding: line, as: UTF8.self))
        // The same process now runs leadprint-web with the checked options.
        let commandLine = try String(contentsOfFile: "/proc/\(server.processIdentifier)/cmdline", encoding: .utf8)
            .split(separator: "\0").map(String.init)
        XCTAssertEqual(commandLine.first.map { URL(fileURLWithPath: $0).lastPathComponent }, "leadprint-web")
        XCTAssertEqual(Array(commandLine.dropFirst()), ["--host", "127.0.0.1", "--port", "0", "--workers", "1"])

        kill(server.processIdentifier, SIGTERM)
        let stopped = DispatchSemaphore(value: 0)
        DispatchQueue.global().async { server.waitUntilExit(); stopped.signal() }
        // An ignored SIGTERM (inherited across exec) would leave the server running.
        if stopped.wait(timeout: .now() + 20) == .timedOut {
            server.interrupt()
            kill(server.processIdentifier, SIGKILL)
            XCTFail("leadprint serve did not stop on SIGTERM")
            return
        }
        // Hummingbird's service group shuts down gracefully on SIGTERM and exits 0.
        XCTAssertEqual(server.terminationReason, .exit)
        XCTAssertEqual(server.terminationStatus, 0)
    }

    func testAMissingWebServerIsNamedWithTheWayToBuildIt() throws {
        let folder = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("leadprint")
        try FileManager.default.copyItem(at: Tool.leadprint, to: copy)
        let result = try Tool.run(copy.path, ["serve", "--port", "0"],
                                  environment: ["LEADPRINT_RESOURCES": Tool.repositoryRoot.appendingPathComponent("Resources").path])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains(folder.appendingPathComponent("leadprint-web").path), result.stderr)
        XCTAssertTrue(result.stderr.contains("swift build"), result.stderr)
    }

    func testOptionsAreCheckedBeforeHandingOver() throws {
        let result = try Tool.leadprint(["serve", "--host", "0.0.0.0"])
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.stderr.contains("give --token"), result.stderr)
        XCTAssertTrue(result.stderr.contains("Usage: leadprint serve"), result.stderr)
    }
}
