import Foundation
import TestSupport
import XCTest

/// `-o` and `--summary-json` targets that are not regular files: a device is refused by name and left a device, a
/// symbolic link is followed and its file replaced, the link kept; nothing is written when a target is refused.
final class OutputTargetCommandTests: XCTestCase {
    /// Every entry of a folder with its kind and, for files, content; links with where they point.
    private func listing(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { name in
            let path = folder.appendingPathComponent(name).path
            var info = stat()
            XCTAssertEqual(lstat(path, &info), 0)
            switch info.st_mode & S_IFMT {
            case S_IFCHR:
                let numbers = DeviceNode.numbers(of: info.st_rdev)
                return "\(name) device \(numbers.major),\(numbers.minor)"
            case S_IFLNK: return "\(name) -> \(try FileManager.default.destinationOfSymbolicLink(atPath: path))"
            case S_IFDIR: return "\(name)/"
            default: return "\(name) \(info.st_size) bytes"
            }
        }
    }

    /// A private null device (major 1, minor 3) in `folder`; nil when this user cannot make device nodes.
    private func nullDevice(in folder: URL, named name: String) -> URL? {
        let node = folder.appendingPathComponent(name)
        return DeviceNode.make(at: node, DeviceNode.null) ? node : nil
    }

    func testADeviceAsOutputIsRefusedByNameAndStaysADevice() throws {
        let folder = try Tool.temporaryFolder()
        guard nullDevice(in: folder, named: "t.pdf") != nil, nullDevice(in: folder, named: "s.json") != nil else {
            throw XCTSkip("cannot make a device node here (needs root)")
        }
        let before = try listing(folder)
        XCTAssertEqual(before, ["s.json device 1,3", "t.pdf device 1,3"])
        var result = try Tool.leadprint(["tags", "-o", "t.pdf"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "Error: \(folder.path)/t.pdf: cannot write: it is a character device, not a regular file\n")
        XCTAssertEqual(try listing(folder), before)

        result = try Tool.leadprint(["tags", "-o", "out.pdf", "--summary-json", "s.json"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "Error: --summary-json 's.json': it is a character device, not a regular file\n")
        XCTAssertEqual(try listing(folder), before, "nothing written when the summary target is refused")
    }

    func testASymbolicLinkIsFollowedAndItsFileReplacedTheLinkKept() throws {
        let folder = try Tool.temporaryFolder()
        let real = folder.appendingPathComponent("real")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: real.appendingPathComponent("t.pdf"))
        try Data("old".utf8).write(to: real.appendingPathComponent("s.json"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("t.pdf").path, withDestinationPath: "real/t.pdf")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("s.json").path, withDestinationPath: "real/s.json")

        let result = try Tool.leadprint(["tags", "-o", "t.pdf", "--summary-json", "s.json"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try listing(folder), ["real/", "s.json -> real/s.json", "t.pdf -> real/t.pdf"])
        let pdf = try Data(contentsOf: real.appendingPathComponent("t.pdf"))
        XCTAssertTrue(pdf.starts(with: Data("%PDF-".utf8)))
        let summary = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: real.appendingPathComponent("s.json"))) as? [String: Any])
        XCTAssertEqual(summary["sheets"] as? Int, 1)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: real.path).sorted(), ["s.json", "t.pdf"], "no temporary left")

        // A link to a file not made yet (in a folder that is there): the file is made, the link kept.
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("new.pdf").path, withDestinationPath: "real/new.pdf")
        XCTAssertEqual(try Tool.leadprint(["tags", "-o", "new.pdf"], in: folder).status, 0)
        XCTAssertEqual(try listing(folder), ["new.pdf -> real/new.pdf", "real/", "s.json -> real/s.json", "t.pdf -> real/t.pdf"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: real.path).sorted(), ["new.pdf", "s.json", "t.pdf"])
    }

    func testALinkToADeviceOrToNowhereIsRefused() throws {
        let folder = try Tool.temporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("gone.pdf").path, withDestinationPath: "missing/t.pdf")
        var result = try Tool.leadprint(["tags", "-o", "gone.pdf"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "Error: \(folder.path)/gone.pdf: cannot write: it is a symbolic link to a file in a folder that does not exist\n")
        guard let device = nullDevice(in: folder, named: "null") else { throw XCTSkip("cannot make a device node here (needs root)") }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("s.json").path, withDestinationPath: "null")
        let before = try listing(folder)
        result = try Tool.leadprint(["tags", "-o", "t.pdf", "--summary-json", "s.json"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "Error: --summary-json 's.json': it is a symbolic link to a character device ('\(device.path)'), not to a regular file\n")
        XCTAssertEqual(try listing(folder), before)
    }

    func testTheSummaryTargetIsCheckedBeforeAnythingIsWritten() throws {
        let folder = try Tool.temporaryFolder()
        try Data("a file".utf8).write(to: folder.appendingPathComponent("file"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("folder"), withIntermediateDirectories: true)
        let before = try listing(folder)
        for (path, reason) in [("missing/s.json", "the folder '\(folder.path)/missing' does not exist"),
                               ("file/s.json", "'\(folder.path)/file' is a file, not a folder"),
                               ("folder", "it is a folder, not a regular file")] {
            let result = try Tool.leadprint(["tags", "-o", "t.pdf", "--summary-json", path], in: folder)
            XCTAssertEqual(result.status, 1, path)
            XCTAssertEqual(result.stderr, "Error: --summary-json '\(path)': \(reason)\n", path)
            XCTAssertEqual(result.stdout, "", path)
            XCTAssertEqual(try listing(folder), before, path)
        }
    }

    func testTheSummaryIsCommittedWithTheDocumentsOrNeither() throws {
        let folder = try Tool.temporaryFolder()
        try Data("old".utf8).write(to: folder.appendingPathComponent("s.json"))
        // A folder where page 2 goes makes the document's commit fail: the summary must not be replaced either.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("x-2.png/inside"), withIntermediateDirectories: true)
        let before = try listing(folder)
        let result = try Tool.leadprint(["tags", "--sets", "3", "--dpi", "36", "-o", "x.png", "--summary-json", "s.json"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "Error: \(folder.path)/x-2.png: cannot write: it is a folder, not a regular file\n")
        XCTAssertEqual(try listing(folder), before)
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("s.json"), encoding: .utf8), "old")
    }

    func testASummaryThatCannotBeWrittenIsAnErrorInWordsAndNoDocumentAppears() throws {
        let folder = try Tool.temporaryFolder()
        let full = folder.appendingPathComponent("full")
        try FileManager.default.createDirectory(at: full, withIntermediateDirectories: true)
        guard try Tool.run("mount", ["-t", "tmpfs", "-o", "size=8k", "tmpfs", full.path]).status == 0 else {
            throw XCTSkip("cannot mount a small tmpfs here (needs root): the full-disk summary test did not run")
        }
        defer { _ = try? Tool.run("umount", [full.path]) }
        _ = try Tool.run("dd", ["if=/dev/zero", "of=\(full.path)/filler", "bs=512"])
        let result = try Tool.leadprint(["tags", "-o", "t.pdf", "--summary-json", "full/s.json"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "Error: \(full.path)/s.json: cannot write: No space left on device\n")
        XCTAssertEqual(try listing(folder), ["full/"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: full.path), ["filler"], "no temporary left")
    }
}
