import DisplayList
import Foundation
import Geometry
import Render
import TestSupport
import Typesetting
import XCTest

/// PNG pages drawn on several threads against one thread.
final class ParallelPagesTests: XCTestCase {
    private func pages(_ count: Int) throws -> [Page] {
        let typesetter = try Typesetter()
        return try (1...count).map { n in
            var page = Page(size: Size(width: .mm(100), height: .mm(60)))
            page.add(.shape(.rect(Rect(x: .pt(Double(n) * 7), y: .pt(10), width: .pt(40), height: .pt(30)), fill: RGBColor(red: UInt8(n * 20), green: 90, blue: 200))))
            for run in try typesetter.shape("Page \(n) ALARMIN_GND", font: .label).runs(at: Point(x: .pt(12), y: .pt(80)), size: .pt(14), color: .black) {
                page.add(.glyphs(run))
            }
            return page
        }
    }

    func testTwoJobsWriteTheSameFilesAsOne() throws {
        let folder = try Tool.temporaryFolder()
        let source = try pages(9)
        var written: [[Data]] = []
        for jobs in [1, 2] {
            let target = folder.appendingPathComponent("jobs\(jobs).png")
            let files = try Renderer().render(PageStream(source), to: target, settings: RenderSettings(format: .png, dpi: 200, jobs: jobs))
            XCTAssertEqual(files.map(\.lastPathComponent), (1...9).map { "jobs\(jobs)-\($0).png" })
            written.append(try files.map { try Data(contentsOf: $0) })
        }
        XCTAssertEqual(written[0].count, 9)
        for (one, two) in zip(written[0], written[1]) { XCTAssertTrue(one == two) }
        // The pages differ, so equal files mean each page went to its own file.
        XCTAssertNotEqual(written[0][0], written[0][1])
    }

    func testAFailingPageFailsTheJobAndLeavesNoFiles() throws {
        let folder = try Tool.temporaryFolder()
        var source = try pages(5)
        var bad = source[3]
        bad.add(.glyphs(GlyphRun(origin: .init(x: .pt(5), y: .pt(5)), font: FontFace(path: "/nonexistent/font.ttf"), size: .pt(9), color: .black,
                                 text: "x", glyphs: [.init(id: 1, x: .zero, y: .zero, cluster: 0)], advance: .pt(5), inkBounds: Rect(x: .zero, y: .pt(-5), width: .pt(5), height: .pt(5)))))
        source[3] = bad
        let target = folder.appendingPathComponent("broken.png")
        XCTAssertThrowsError(try Renderer().render(PageStream(source), to: target, settings: RenderSettings(format: .png, dpi: 72, jobs: 2))) { error in
            XCTAssertEqual(error as? RenderError, .unreadableFont(path: "/nonexistent/font.ttf"))
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }
}
