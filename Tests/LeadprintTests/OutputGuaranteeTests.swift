import Foundation
import TestSupport
import XCTest

/// The command's output guarantees: under signals a multi-page document appears whole or not at all, and a full
/// or closed standard output is an error in one line.
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
                // Signalled mid-commit: the handler waits for the commit to decide, which then puts everything back
                // and exits as interrupted: never all pages with an interrupted status.
                XCTAssertEqual(found, [], "round \(round)")
                XCTAssertEqual(process.terminationStatus, 128 + SIGTERM, "round \(round)")
            } else {
                XCTAssertEqual(process.terminationStatus, found.isEmpty ? 128 + SIGTERM : 0, "round \(round)")
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

    /// A private full device (the kernel's /dev/full, major 1 minor 7) made in a temporary folder, so the test does
    /// not depend on the machine having /dev/full; nil when this user cannot make device nodes.
    private func fullDevice() throws -> URL? {
        let node = try Tool.temporaryFolder().appendingPathComponent("full")
        guard DeviceNode.make(at: node, DeviceNode.full) else { return nil }
        return node
    }

    /// Runs leadprint through the shell so its standard output can be redirected (`>FILE`) or closed (`>&-`).
    private func leadprint(_ arguments: String, stdout redirection: String, in folder: URL? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        try Tool.run("sh", ["-c", "cd \"${2:-.}\" && exec \"$1\" \(arguments) \(redirection)", "sh", Tool.leadprint.path, folder?.path ?? "."],
                     environment: ["LEADPRINT_RESOURCES": Tool.repositoryRoot.appendingPathComponent("Resources").path])
    }

    func testAFullStandardOutputIsAFailure() throws {
        guard let full = try fullDevice() else { throw XCTSkip("cannot make a device node here (needs root)") }
        for arguments in ["catalog show --json", "tags -o -"] {
            let result = try leadprint(arguments, stdout: ">\(full.path)")
            XCTAssertEqual(result.status, 1, arguments)
            XCTAssertEqual(result.stderr, "Error: cannot write standard output: No space left on device\n", arguments)
        }
    }

    func testAClosedStandardOutputIsAFailureAndNothingLandsInAnotherFile() throws {
        let folder = try Tool.temporaryFolder()
        for arguments in ["catalog show --json", "tags -o -"] {
            let result = try leadprint(arguments, stdout: ">&-", in: folder)
            XCTAssertEqual(result.status, 1, arguments)
            XCTAssertEqual(result.stderr, "Error: cannot write standard output: Bad file descriptor\n", arguments)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [], arguments)
        }
        // The descriptor is kept closed to writes, so the "wrote" line never lands in the first file the command opens.
        let result = try leadprint("tags -o t.pdf", stdout: ">&-", in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasSuffix("\nError: cannot write standard output: Bad file descriptor\n"), result.stderr)
        let pdf = try Data(contentsOf: folder.appendingPathComponent("t.pdf"))
        XCTAssertTrue(pdf.starts(with: Data("%PDF-".utf8)))
        XCTAssertNil(String(decoding: pdf, as: UTF8.self).range(of: "wrote t.pdf"))
    }

    func testAPipeWhoseReaderHasGoneIsAFailure() throws {
        // The reader closes its end at once and lingers, so the pipe has no reader when the document is written.
        let result = try Tool.run("bash", ["-c", "\"$1\" tags -o - | (exec 0<&-; sleep 1); echo \"status ${PIPESTATUS[0]}\" >&2", "bash", Tool.leadprint.path],
                                  environment: ["LEADPRINT_RESOURCES": Tool.repositoryRoot.appendingPathComponent("Resources").path])
        XCTAssertEqual(result.stderr.split(separator: "\n").suffix(2), ["Error: cannot write standard output: Broken pipe", "status 1"], result.stderr)
    }

    /// An error must reach the user as a message, never as a trap: no `try!` in the sources.
    func testNoSourceFileTrapsOnAThrownError() throws {
        let sources = Tool.repositoryRoot.appendingPathComponent("Sources")
        let files = try XCTUnwrap(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)).compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" }
        XCTAssertGreaterThan(files.count, 100)
        var found: [String] = []
        for file in files {
            for (index, line) in try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains("try!") && !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                found.append("\(file.path.dropFirst(sources.path.count + 1)):\(index + 1)")
            }
        }
        XCTAssertEqual(found, [])
    }
}
