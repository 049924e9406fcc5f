import CCairo
import Foundation
import Geometry
@testable import Render
import XCTest

/// A PDF surface's byte sink lives as long as Cairo can write into it, whatever order Swift releases things in.
final class CairoSurfaceTests: XCTestCase {
    private func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("surface-\(UUID().uuidString).pdf").path
    }

    /// The order an optimised build may pick when a page throws: the surface object goes first while a `cairo_t`
    /// still holds the Cairo surface. The whole PDF (down to its `%%EOF`) still reaches the file.
    func testTheSurfaceReleasedBeforeItsContextStillWritesTheWholeFile() throws {
        let path = temporaryPath()
        defer { unlink(path) }
        let file = try CheckedFile(creating: path)
        let target = URL(fileURLWithPath: "/out/t.pdf")
        var surface: CairoSurface? = try CairoSurface(pdfTo: file, size: Size(width: .pt(100), height: .pt(50)), target: target)
        let cr = try XCTUnwrap(surface.map { cairo_create($0.handle) })
        cairo_rectangle(cr, 10, 10, 20, 20)
        cairo_fill(cr)
        surface = nil
        cairo_destroy(cr)
        try file.close()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertTrue(bytes.starts(with: Data("%PDF-".utf8)))
        XCTAssertEqual(String(decoding: bytes.suffix(6), as: UTF8.self), "%%EOF\n")
    }

    /// A surface dropped with its context still alive (a page that threw) is finished when the surface object goes,
    /// so nothing is written later; the context afterwards draws into a finished surface without touching the file.
    func testAContextOutlivingItsSurfaceWritesNothingMore() throws {
        let path = temporaryPath()
        defer { unlink(path) }
        let file = try CheckedFile(creating: path)
        var surface: CairoSurface? = try CairoSurface(pdfTo: file, size: Size(width: .pt(100), height: .pt(50)),
                                                      target: URL(fileURLWithPath: "/out/t.pdf"))
        let cr = try XCTUnwrap(surface.map { cairo_create($0.handle) })
        surface = nil
        try file.close()
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        XCTAssertGreaterThan(size, 0)
        cairo_rectangle(cr, 10, 10, 20, 20)
        cairo_fill(cr)
        XCTAssertEqual(cairo_status(cr), CAIRO_STATUS_SURFACE_FINISHED)
        cairo_destroy(cr)
        XCTAssertEqual(try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int), size)
    }
}
