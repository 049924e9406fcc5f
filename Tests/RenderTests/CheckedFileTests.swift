import Foundation
@testable import Render
import XCTest

/// The checked file's buffer: many small writes and blocks larger than the buffer land in order, and a
/// failure that only shows when the buffer is written out still fails `close()`.
final class CheckedFileTests: XCTestCase {
    private func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("checked-\(UUID().uuidString)").path
    }

    func testSmallWritesAndLargeBlocksArriveInOrder() throws {
        let path = temporaryPath()
        defer { unlink(path) }
        let file = try CheckedFile(creating: path)
        var expected: [UInt8] = []
        // Three-byte pieces past the 64 KiB buffer, then a block larger than the buffer, then more pieces.
        for index in 0..<30_000 {
            let piece: [UInt8] = [UInt8(index % 251), UInt8(index % 7), 0x0A]
            XCTAssertTrue(file.write(piece))
            expected += piece
        }
        let block = (0..<200_000).map { UInt8($0 % 253) }
        XCTAssertTrue(file.write(block))
        expected += block
        XCTAssertTrue(file.write([1, 2, 3]))
        expected += [1, 2, 3]
        try file.close()
        XCTAssertEqual(Array(try Data(contentsOf: URL(fileURLWithPath: path))), expected)
    }

    func testAFailedWriteOutFailsClose() throws {
        let folder = try XCTUnwrap(FileManager.default.temporaryDirectory.appendingPathComponent("checked-\(UUID().uuidString)"))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        guard mountTmpfs(at: folder.path) else { throw XCTSkip("cannot mount a small tmpfs here (needs root)") }
        defer { _ = Process.run("/bin/umount", [folder.path]) }
        let file = try CheckedFile(creating: folder.appendingPathComponent("f").path)
        // 8 KiB of room: the buffered bytes fit the buffer, and the disk runs out when they are written out.
        XCTAssertTrue(file.write([UInt8](repeating: 7, count: 40_000)))
        XCTAssertThrowsError(try file.close()) { error in
            XCTAssertEqual((error as? SystemFailure)?.code, ENOSPC)
        }
    }

    private func mountTmpfs(at path: String) -> Bool {
        Process.run("/bin/mount", ["-t", "tmpfs", "-o", "size=8k", "tmpfs", path]) == 0
    }
}

private extension Process {
    /// Runs a program to its end and returns its exit status; -1 when it cannot start.
    static func run(_ executable: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
