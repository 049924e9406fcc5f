import Foundation
import TestSupport
import XCTest

/// The command's output guarantees under signals: a multi-page document appears whole or not at all.
final class OutputGuaranteeTests: XCTestCase {
    private func pages(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("x-") }.sorted()
    }

    func testASignalAsSoonAsTheFirstPageAppearsLeavesAllPagesOrNone() throws {
        let reference = try Tool.temporaryFolder()
        let arguments = ["tags", "--sets", "12", "--dpi", "36", "-o", "x.png"]
        XCTAssertEqual(try Tool.leadprint(arguments, in: reference).status, 0)
        let complete = try pages(in: reference)
        XCTAssertGreaterThan(complete.count, 3)

        var outcomes: Set<String> = []
        for round in 1...4 {
            let folder = try Tool.temporaryFolder()
            let process = Process()
            process.executableURL = Tool.leadprint
            process.arguments = arguments
            process.currentDirectoryURL = folder
            // Rounds 1 and 2 slow the rename pass (50 ms a page) so the signal surely lands inside it;
            // rounds 3 and 4 run at full speed, where it lands wherever it lands.
            let pause = round <= 2 ? ["LEADPRINT_TEST_COMMIT_PAUSE_MS": "50"] : [:]
            process.environment = ProcessInfo.processInfo.environment.merging(
                ["LEADPRINT_RESOURCES": Tool.repositoryRoot.appendingPathComponent("Resources").path].merging(pause) { $1 }) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Poll without sleeping: the signal must land inside the rename pass if it can.
            let deadline = Date().addingTimeInterval(120)
            while process.isRunning, Date() < deadline, try pages(in: folder).isEmpty {}
            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
            let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            XCTAssertEqual(left.filter { $0.hasPrefix(".") }, [], "temporaries left behind")
            let found = try pages(in: folder)
            XCTAssertTrue(found.isEmpty || found == complete, "round \(round): a partial document: \(found.count) of \(complete.count) pages")
            if round <= 2 {
                // Signalled mid-commit: the handler waits for the commit, then exits as interrupted.
                XCTAssertEqual(found, complete, "round \(round)")
                XCTAssertEqual(process.terminationStatus, 128 + SIGTERM, "round \(round)")
            }
            outcomes.insert(found.isEmpty ? "none" : "all")
        }
        print("signal outcomes: \(outcomes.sorted())")
    }

    func testAFullDiskFailsTheCommandForEveryFormat() throws {
        let folder = try Tool.temporaryFolder()
        guard try Tool.run("mount", ["-t", "tmpfs", "-o", "size=8k", "tmpfs", folder.path]).status == 0 else {
            throw XCTSkip("cannot mount a small tmpfs here (needs root): the full-disk test did not run")
        }
        defer { _ = try? Tool.run("umount", [folder.path]) }
        for format in ["pdf", "png", "svg"] {
            let result = try Tool.leadprint(["tags", "-o", folder.appendingPathComponent("t.\(format)").path])
            XCTAssertEqual(result.status, 1, format)
            XCTAssertEqual(result.stdout, "", format)
            XCTAssertTrue(result.stderr.hasSuffix("cannot write: No space left on device\n"), result.stderr)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [], format)
        }
    }

    func testAFullStandardOutputIsAFailure() throws {
        let process = Process()
        process.executableURL = Tool.leadprint
        process.arguments = ["catalog", "show", "--json"]
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["LEADPRINT_RESOURCES": Tool.repositoryRoot.appendingPathComponent("Resources").path]) { $1 }
        process.standardOutput = try XCTUnwrap(FileHandle(forWritingAtPath: "/dev/full"))
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 1)
        XCTAssertEqual(message, "Error: cannot write standard output: No space left on device\n")
    }
}
