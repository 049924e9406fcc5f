import Foundation
import TestSupport
import XCTest

/// A binary copied out of the build folder (as the Debian package installs it) finds its data from its own location only.
final class InstalledLayoutTests: XCTestCase {
    func testCopiedBinaryReadsTheShareFolderBesideItsOwn() throws {
        let prefix = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: prefix) }
        let binary = try install(into: prefix)
        let share = prefix.appendingPathComponent("share/leadprint")
        try FileManager.default.copyItem(at: Tool.repositoryRoot.appendingPathComponent("Resources"), to: share)
        // A name only the copy has: the run must have read the copy, not the clone it was built in.
        let catalog = share.appendingPathComponent("catalogs/flying-leads.yaml")
        let text = try String(contentsOf: catalog, encoding: .utf8)
        try text.replacingOccurrences(of: "name: PRO Series", with: "name: PRO Installed Series").write(to: catalog, atomically: true, encoding: .utf8)

        let result = try runOutside(binary, ["catalog", "check"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("PRO (PRO Installed Series): 17 leads, 8 groups"), result.stdout)
    }

    func testCopiedBinaryWithoutDataFailsInsteadOfReadingTheSourceFolder() throws {
        let prefix = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: prefix) }
        let binary = try install(into: prefix)

        let result = try runOutside(binary, ["catalog", "check"])
        XCTAssertEqual(result.status, 1, result.stdout)
        XCTAssertTrue(result.stderr.contains("no Resources/ folder"), result.stderr)
        XCTAssertTrue(result.stderr.contains(prefix.appendingPathComponent("share/leadprint").path), result.stderr)
        XCTAssertFalse(result.stderr.contains(Tool.repositoryRoot.path), result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
    }

    /// Copies the built `leadprint` to `prefix/bin/leadprint`.
    private func install(into prefix: URL) throws -> URL {
        let bin = prefix.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let binary = bin.appendingPathComponent("leadprint")
        try FileManager.default.copyItem(at: Tool.leadprint, to: binary)
        return binary
    }

    /// Runs `binary` from an empty folder outside the clone, without `LEADPRINT_RESOURCES`.
    private func runOutside(_ binary: URL, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let empty = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: empty) }
        return try Tool.run("env", ["-u", "LEADPRINT_RESOURCES", "-C", empty.path, binary.path] + arguments)
    }
}
