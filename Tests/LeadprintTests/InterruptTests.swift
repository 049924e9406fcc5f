import Foundation
import TestSupport
import XCTest

final class InterruptTests: XCTestCase {
    func testATerminatedRenderLeavesNoTemporaryFile() throws {
        let folder = try Tool.temporaryFolder()
        let process = Process()
        process.executableURL = Tool.leadprint
        process.arguments = ["tags", "--sets", "300000", "-o", "big.pdf"]
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["LEADPRINT_RESOURCES": Tool.repositoryRoot.appendingPathComponent("Resources").path]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the render has its temporary file open, then stop it as a user's kill would.
        let deadline = Date().addingTimeInterval(60)
        while (try FileManager.default.contentsOfDirectory(atPath: folder.path)).isEmpty, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTAssertFalse(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "the render never started writing")
        process.terminate()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 128 + SIGTERM)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }
}
