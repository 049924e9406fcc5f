import DisplayList
import Foundation
import Geometry
@testable import Render
import TestSupport
import XCTest

/// Output guarantees: checked writes, all-or-nothing multi-file commits, no leftovers.
final class AtomicOutputTests: XCTestCase {
    private func pages(_ count: Int, failingAt failure: Int? = nil) -> PageStream {
        var produced = 0
        return PageStream {
            produced += 1
            if produced == failure { throw RenderError.emptyDocument(path: "simulated failure on page \(produced)") }
            guard produced <= count else { return nil }
            var page = Page(size: Size(width: .inch(4), height: .inch(3)))
            // A different colour per page, so a test can tell which run wrote a file.
            page.add(.shape(.rect(Rect(x: .pt(10), y: .pt(10), width: .pt(200), height: .pt(100)),
                                  fill: RGBColor(red: UInt8(40 * produced), green: 90, blue: 200))))
            return page
        }
    }

    private func contents(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    private func write(_ text: String, _ folder: URL, _ name: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    private func read(_ folder: URL, _ name: String) throws -> String {
        String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
    }

    func testFullDiskFailsEveryFormatAndLeavesTheOldFileAlone() throws {
        let folder = try Tool.temporaryFolder()
        let status = try Tool.run("mount", ["-t", "tmpfs", "-o", "size=8k", "tmpfs", folder.path]).status
        guard status == 0 else { throw XCTSkip("cannot mount a small tmpfs here (needs root): the full-disk test did not run") }
        defer { _ = try? Tool.run("umount", [folder.path]) }
        for format in [OutputFormat.pdf, .png, .svg] {
            let name = "t.\(format.rawValue)"
            try write("old", folder, name)
            // Fill what is left, so the first page's bytes cannot fit whatever their size.
            _ = try Tool.run("dd", ["if=/dev/zero", "of=\(folder.path)/filler", "bs=512"])
            XCTAssertThrowsError(try Renderer().render(pages(1), to: folder.appendingPathComponent(name),
                                                       settings: RenderSettings(format: format, dpi: 150))) { error in
                XCTAssertEqual("\(error)", "\(folder.path)/\(name): cannot write: No space left on device")
            }
            XCTAssertEqual(try contents(folder), ["filler", name], "\(format)")
            XCTAssertEqual(try read(folder, name), "old", "\(format)")
            for file in [name, "filler"] { try FileManager.default.removeItem(at: folder.appendingPathComponent(file)) }
        }
    }

    func testAFailureOnPageTwoLeavesEveryOldPageAsItWas() throws {
        let folder = try Tool.temporaryFolder()
        for format in [OutputFormat.png, .svg] {
            let old = ["x-1.\(format.rawValue)", "x-2.\(format.rawValue)"]
            for name in old { try write("old", folder, name) }
            XCTAssertThrowsError(try Renderer().render(pages(3, failingAt: 2), to: folder.appendingPathComponent("x.\(format.rawValue)"),
                                                       settings: RenderSettings(format: format, dpi: 30)))
            XCTAssertEqual(try contents(folder), old)
            for name in old { XCTAssertEqual(try read(folder, name), "old") }
            for name in old { try FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
        }
    }

    func testACommitThatFailsHalfwayRollsBack() throws {
        let folder = try Tool.temporaryFolder()
        try write("old", folder, "x-1.png")
        try write("old", folder, "x-5.png")
        // A non-empty folder where page 2 goes makes the second rename fail after the first succeeded.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("x-2.png/inside"), withIntermediateDirectories: true)
        XCTAssertThrowsError(try Renderer().render(pages(3), to: folder.appendingPathComponent("x.png"),
                                                   settings: RenderSettings(format: .png, dpi: 30))) { error in
            XCTAssertTrue("\(error)".hasPrefix("\(folder.path)/x-2.png: cannot write: "), "\(error)")
        }
        XCTAssertEqual(try contents(folder), ["x-1.png", "x-2.png", "x-5.png"])
        XCTAssertEqual(try read(folder, "x-1.png"), "old")
        XCTAssertEqual(try read(folder, "x-5.png"), "old")
    }

    func testANewRunReplacesOldPagesOfADifferentCount() throws {
        let folder = try Tool.temporaryFolder()
        for name in ["x.png", "x-1.png", "x-4.png", "x-7.png", "x-07.png", "x-final.png", "x-1a.png", "y-1.png", "x-1.svg"] {
            try write("old", folder, name)
        }
        let files = try Renderer().render(pages(3), to: folder.appendingPathComponent("x.png"),
                                          settings: RenderSettings(format: .png, dpi: 30))
        XCTAssertEqual(files.map(\.lastPathComponent), ["x-1.png", "x-2.png", "x-3.png"])
        // Pages of the earlier run are gone; files that are not pages of this document stay.
        // Zero-padded numbers (x-07.png of an earlier 10-page run) are pages too.
        XCTAssertEqual(try contents(folder), ["x-1.png", "x-1.svg", "x-1a.png", "x-2.png", "x-3.png", "x-final.png", "y-1.png"])
        XCTAssertNotEqual(try read(folder, "x-1.png"), "old")
        // And back to one page: the numbered pages go, the plain name comes back.
        _ = try Renderer().render(pages(1), to: folder.appendingPathComponent("x.png"), settings: RenderSettings(format: .png, dpi: 30))
        XCTAssertEqual(try contents(folder), ["x-1.svg", "x-1a.png", "x-final.png", "x.png", "y-1.png"])
    }

    func testStaleTemporariesOfGoneProcessesAreRemovedOthersKept() throws {
        let folder = try Tool.temporaryFolder()
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let naming = TemporaryName(document: "t.pdf")
        let stale = naming.name(pid: gone.processIdentifier, serial: 1, suffix: "tmp")
        let staleBackup = naming.name(pid: gone.processIdentifier, serial: 2, suffix: "bak")
        let alive = naming.name(pid: getppid(), serial: 1, suffix: "tmp")
        let otherDocument = TemporaryName(document: "u.pdf").name(pid: gone.processIdentifier, serial: 1, suffix: "tmp")
        for name in [stale, staleBackup, alive, otherDocument, ".t.pdf.12345.tmp"] { try write("partial", folder, name) }
        _ = try Renderer().render(pages(1), to: folder.appendingPathComponent("t.pdf"), settings: RenderSettings(format: .pdf))
        XCTAssertEqual(try contents(folder), [alive, otherDocument, ".t.pdf.12345.tmp", "t.pdf"].sorted())
    }

    func testTemporaryNamesFitTheFileNameLimitForLongTargets() throws {
        let folder = try Tool.temporaryFolder()
        // Two-page SVG names gain "-1", so 253 bytes is their longest; a PDF may use all 255.
        for (length, format, count) in [(240, OutputFormat.svg, 2), (251, .svg, 2), (255, .pdf, 1)] {
            let name = String(repeating: "é", count: (length - 4) / 2) + String(repeating: "a", count: (length - 4) % 2) + "." + format.rawValue
            XCTAssertEqual(name.utf8.count, length)
            let files = try Renderer().render(pages(count), to: folder.appendingPathComponent(name),
                                              settings: RenderSettings(format: format))
            XCTAssertEqual(files.count, count)
            XCTAssertLessThanOrEqual(TemporaryName(document: name).name(pid: Int32.max, serial: 99_999, suffix: "tmp").utf8.count, 255)
        }
        XCTAssertTrue(try contents(folder).allSatisfy { !$0.hasPrefix(".") })
    }

    func testOversizedPagesFailByNameBeforeCairoSeesThem() throws {
        let folder = try Tool.temporaryFolder()
        let huge = PageStream([Page(size: Size(width: .inch(117_000), height: .inch(1)))])
        XCTAssertThrowsError(try Renderer().render(huge, to: folder.appendingPathComponent("h.pdf"), settings: RenderSettings(format: .pdf))) {
            XCTAssertTrue("\($0)".contains("cannot render: page"), "\($0)")
        }
        let wide = PageStream([Page(size: Size(width: .inch(100), height: .inch(100)))])
        XCTAssertThrowsError(try Renderer().render(wide, to: folder.appendingPathComponent("h.png"),
                                                   settings: RenderSettings(format: .png, dpi: 600))) {
            XCTAssertTrue("\($0)".contains("the limit is 32767 per side"), "\($0)")
        }
        XCTAssertEqual(try contents(folder), [])
    }
}
