import Foundation
import TestSupport
import XCTest

final class InterruptTests: XCTestCase {
    func testATerminatedRenderLeavesNoTemporaryFile() throws {
        let folder = try Tool.temporaryFolder()
        let process = Process()
        process.executableURL = Tool.leadprint
        process.arguments = ["tags", "--sets", "100000", "-o", "big.pdf"]
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

    /// Every entry of a folder with its bytes, hidden files included.
    private func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    /// SIGINT and SIGTERM at 20 moments spread at random over a 40-page PNG and SVG write (from before the handlers
    /// are installed to after the last rename): each run either finished (every page new, exit 0) or was interrupted
    /// (the folder exactly as before, 130 or 143, or the signal's own death before the handlers were in place).
    func testSignalsAtRandomMomentsOfAFortyPageWriteFinishOrLeaveEverythingAsBefore() throws {
        var generator = SystemRandomNumberGenerator()
        for format in ["png", "svg"] {
            let arguments = ["tags", "--sets", "44", "--dpi", "36", "--jobs", "2", "-o", "x.\(format)"]
            // How long a whole run takes here, so the moments cover all of it.
            let reference = try Tool.temporaryFolder()
            let start = Date()
            XCTAssertEqual(try Tool.leadprint(arguments, in: reference).status, 0)
            let duration = Date().timeIntervalSince(start)
            let pages = try FileManager.default.contentsOfDirectory(atPath: reference.path).sorted()
            XCTAssertEqual(pages.count, 40, format)
            var outcomes: [String: Int] = [:]
            for round in 1...20 {
                let folder = try Tool.temporaryFolder()
                // An earlier run's pages (and one page more than this run makes), which an interrupted run must leave alone.
                for number in 1...41 { try Data("old \(number)".utf8).write(to: folder.appendingPathComponent(String(format: "x-%02d.\(format)", number))) }
                let before = try snapshot(folder)
                // Odd rounds slow the rename pass (5 ms a page, 200 ms in all) so that some signals land inside it.
                let pause = round % 2 == 1 ? ["LEADPRINT_TEST_COMMIT_PAUSE_MS": "5"] : [:]
                let delay = Double.random(in: 0...(duration * 1.1 + (pause.isEmpty ? 0 : 0.2)), using: &generator)
                let signal = round.isMultiple(of: 2) ? SIGINT : SIGTERM
                let process = Process()
                process.executableURL = Tool.leadprint
                process.arguments = arguments
                process.currentDirectoryURL = folder
                process.environment = ProcessInfo.processInfo.environment.merging(
                    ["LEADPRINT_RESOURCES": Tool.repositoryRoot.appendingPathComponent("Resources").path].merging(pause) { $1 }) { $1 }
                process.standardOutput = FileHandle.nullDevice
                let errors = Pipe()
                process.standardError = errors
                try process.run()
                usleep(UInt32(delay * 1_000_000))
                kill(process.processIdentifier, signal)
                let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                let after = try snapshot(folder)
                let moment = "\(format) round \(round), \(signal == SIGINT ? "SIGINT" : "SIGTERM") at \(Int(delay * 1000)) ms (\(message.split(separator: "\n").last ?? ""))"
                XCTAssertEqual(after.keys.filter { $0.hasPrefix(".") }, [], "\(moment): temporaries left")
                let interruptedStatus = process.terminationReason == .exit ? process.terminationStatus == 128 + signal
                    : process.terminationStatus == signal
                if after == before {
                    XCTAssertTrue(interruptedStatus, "\(moment): nothing replaced, yet status \(process.terminationStatus) (\(process.terminationReason))")
                    outcomes["interrupted", default: 0] += 1
                } else {
                    XCTAssertEqual(after.keys.sorted(), pages, "\(moment): a mix of old and new pages")
                    XCTAssertTrue(after.values.allSatisfy { !$0.starts(with: Data("old".utf8)) }, "\(moment): an old page kept")
                    XCTAssertEqual(process.terminationReason, .exit, moment)
                    XCTAssertEqual(process.terminationStatus, 0, "\(moment): every page replaced, yet not a success")
                    outcomes["finished", default: 0] += 1
                }
            }
            print("\(format) signal outcomes: \(outcomes)")
        }
    }

    /// A signal just after a job's commit: its files stay, and the job file's next job is not started (exit 143).
    /// Alone, the same job finishes (exit 0): the signal came when everything was already in place.
    func testASignalJustAfterACommitKeepsThatJobAndEndsBeforeTheNext() throws {
        for twoJobs in [true, false] {
            let folder = try Tool.temporaryFolder()
            var jobs = "jobs:\n  - tags: {sets: 4}\n    output: a.png\n    dpi: 36\n"
            if twoJobs { jobs += "  - tags: {sets: 1}\n    output: b.pdf\n" }
            try Data(jobs.utf8).write(to: folder.appendingPathComponent("jobs.yaml"))
            // Old pages, so the commit makes backups: their removal marks the moment the commit has decided.
            for number in 1...4 { try Data("old".utf8).write(to: folder.appendingPathComponent("a-\(number).png")) }
            let process = Process()
            process.executableURL = Tool.leadprint
            process.arguments = ["run", "jobs.yaml"]
            process.currentDirectoryURL = folder
            process.environment = ProcessInfo.processInfo.environment.merging(
                ["LEADPRINT_RESOURCES": Tool.repositoryRoot.appendingPathComponent("Resources").path,
                 "LEADPRINT_TEST_COMMIT_PAUSE_MS": "100"]) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            func committed() throws -> Bool {
                let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                guard !names.contains(where: { $0.hasPrefix(".") }) else { return false }
                return try (1...4).allSatisfy { try Data(contentsOf: folder.appendingPathComponent("a-\($0).png")).starts(with: [0x89, 0x50]) }
            }
            let deadline = Date().addingTimeInterval(60)
            while process.isRunning, Date() < deadline, try !committed() {}
            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
            XCTAssertTrue(try committed(), "the first job's pages are in place")
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            XCTAssertEqual(names, ["a-1.png", "a-2.png", "a-3.png", "a-4.png", "jobs.yaml"])
            XCTAssertEqual(process.terminationStatus, twoJobs ? 128 + SIGTERM : 0, twoJobs ? "two jobs" : "one job")
        }
    }
}
