import DisplayList
import Documents
import Foundation
import Geometry
import Layout
import Render
import TestSupport
import Typesetting
import XCTest

/// Exact page sizes and prepress boxes in the PDFs, read back with qpdf, and page edges that keep their ink.
final class PageBoxesTests: XCTestCase {
    private func render(_ pages: PageStream, _ name: String) throws -> URL {
        let target = try Tool.temporaryFolder().appendingPathComponent(name)
        _ = try Renderer().render(pages, to: target, settings: RenderSettings(format: .pdf))
        return target
    }

    private func assertBox(_ box: [Double]?, _ expected: [Double], _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let box, box.count == 4 else { return XCTFail("\(message): no box", file: file, line: line) }
        for (a, b) in zip(box, expected) { XCTAssertEqual(a, b, accuracy: 0.01, message, file: file, line: line) }
    }

    func testEveryCardPresetHasTrimAndBleedBoxesSingleAndImposed() throws {
        let library = try TagFixture.presets()
        let catalog = try TagFixture.catalog()
        let typesetter = try Typesetter()
        let bleed = Length.mm(3)
        for preset in library.presets(ofKinds: [.card]) {
            let card = PinoutCard(series: catalog.series[0], catalog: catalog, preset: preset, bleed: bleed)
            let single = try render(card.pages(typesetter: typesetter, duplex: false, sheet: nil), "\(preset.name).pdf")
            let w = preset.label.width.points + bleed.points * 2, h = preset.label.height.points + bleed.points * 2
            let boxes = try Tool.pdfPageBoxes(single)
            XCTAssertEqual(boxes.count, 2, preset.name)
            for page in boxes {
                assertBox(page["/MediaBox"], [0, 0, w, h], "\(preset.name) MediaBox")
                assertBox(page["/BleedBox"], [0, 0, w, h], "\(preset.name) BleedBox")
                assertBox(page["/TrimBox"], [bleed.points, bleed.points, w - bleed.points, h - bleed.points], "\(preset.name) TrimBox")
            }
            for sheetName in ["letter", "a4"] {
                let sheet = try library.preset(named: sheetName, kinds: [.page])
                let imposed = try render(card.pages(typesetter: typesetter, duplex: true, sheet: sheet), "\(preset.name)-\(sheetName).pdf")
                let full = [0, 0, sheet.media.width.points, sheet.media.height.points]
                for page in try Tool.pdfPageBoxes(imposed) {
                    assertBox(page["/MediaBox"], full, "\(preset.name) on \(sheetName) MediaBox")
                    assertBox(page["/BleedBox"], full, "\(preset.name) on \(sheetName) BleedBox")
                    assertBox(page["/TrimBox"], full, "\(preset.name) on \(sheetName) TrimBox")
                }
            }
        }
    }

    func testAnOutlineAtThePageEdgesIsDrawnOnEveryPreset() throws {
        let library = try TagFixture.presets()
        for preset in library.presets(ofKinds: Set(Preset.Kind.allCases)) {
            let size = preset.media
            // A 1 pt outline whose outer edge is the page edge, and a solid square in the bottom-right corner.
            var page = Page(size: size)
            page.add(.shape(.rect(Rect(origin: .zero, size: size).inset(by: .pt(0.5)), stroke: Stroke(color: .black, width: .pt(1)))))
            page.add(.shape(.rect(Rect(x: size.width - .pt(2), y: size.height - .pt(2), width: .pt(2), height: .pt(2)), fill: .black)))
            let pdf = try render(PageStream([page]), "\(preset.name).pdf")
            let media = try Tool.pdfPageBoxes(pdf).first?["/MediaBox"]
            assertBox(media, [0, 0, size.width.points, size.height.points], "\(preset.name) MediaBox")
            for clip in try Tool.pdfClipRectangles(pdf) {
                XCTAssertGreaterThanOrEqual(clip[2], size.width.points - 0.001, "\(preset.name): clip \(clip) narrower than the page")
                XCTAssertGreaterThanOrEqual(clip[3], size.height.points - 0.001, "\(preset.name): clip \(clip) lower than the page")
            }
            // The bottom-right corner rasterised at 600 dpi: the last pixels wholly on the page carry the outline's ink
            // (pdftoppm rounds the raster up, so a further pixel may lie mostly off the page).
            let lastX = Int((size.width.points * 600 / 72 + 1e-6).rounded(.down)) - 1
            let lastY = Int((size.height.points * 600 / 72 + 1e-6).rounded(.down)) - 1
            let prefix = pdf.deletingPathExtension().path
            XCTAssertEqual(try Tool.run("pdftoppm", ["-png", "-r", "600", "-x", "\(lastX - 199)", "-y", "\(lastY - 199)", "-W", "200", "-H", "200",
                                                     "-singlefile", pdf.path, prefix]).status, 0)
            let image = try XCTUnwrap(PNGImage(URL(fileURLWithPath: prefix + ".png")))
            let rightInk = (0..<200).filter { image.pixel(x: 199, y: $0).relativeLuminance < 0.5 }.count
            let bottomInk = (0..<200).filter { image.pixel(x: $0, y: 199).relativeLuminance < 0.5 }.count
            XCTAssertEqual(rightInk, 200, "\(preset.name): right edge lost its ink")
            XCTAssertEqual(bottomInk, 200, "\(preset.name): bottom edge lost its ink")
        }
    }

    /// Pages of the first page's size are drawn at Cairo's exact creation size; a page of another size switches to
    /// whole points and the qpdf pass. Every page, before and after the switch, keeps its exact size and its edge ink.
    func testMixedPageSizesStayExactAndInkedOnEveryPage() throws {
        let a4 = Size(width: .mm(210), height: .mm(297))
        let cr80 = Size(width: .mm(85.6), height: .mm(53.98))
        let sizes = [a4, a4, cr80, a4]
        let pages = sizes.map { size -> Page in
            var page = Page(size: size)
            page.add(.shape(.rect(Rect(x: size.width - .pt(2), y: size.height - .pt(2), width: .pt(2), height: .pt(2)), fill: .black)))
            return page
        }
        let pdf = try render(PageStream(pages), "mixed.pdf")
        let boxes = try Tool.pdfPageBoxes(pdf)
        XCTAssertEqual(boxes.count, sizes.count)
        for (index, (size, box)) in zip(sizes, boxes).enumerated() {
            assertBox(box["/MediaBox"], [0, 0, size.width.points, size.height.points], "page \(index + 1) MediaBox")
            let lastX = Int((size.width.points * 300 / 72 + 1e-6).rounded(.down)) - 1
            let lastY = Int((size.height.points * 300 / 72 + 1e-6).rounded(.down)) - 1
            let prefix = pdf.deletingPathExtension().path + "-\(index + 1)"
            XCTAssertEqual(try Tool.run("pdftoppm", ["-png", "-r", "300", "-f", "\(index + 1)", "-l", "\(index + 1)", "-x", "\(lastX - 3)",
                                                     "-y", "\(lastY - 3)", "-W", "4", "-H", "4", "-singlefile", pdf.path, prefix]).status, 0)
            let image = try XCTUnwrap(PNGImage(URL(fileURLWithPath: prefix + ".png")))
            XCTAssertLessThan(image.pixel(x: 3, y: 3).relativeLuminance, 0.5, "page \(index + 1): the bottom-right corner lost its ink")
        }
    }

    func testTubeProofDrawsTheWholeOutline() throws {
        let order = try TagOrder(series: [try TagFixture.series("PRO")], sets: 1, collation: .camera, serialStart: nil, ends: 1)
        for name in ["brother-hse-8.8mm", "brother-hse-11.7mm", "brady-bm-31-427"] {
            let sheet = try TagSheet(order: order, preset: try TagFixture.preset(name), startAt: 1, outlines: true, correction: .none, barcode: nil)
            let pdf = try render(sheet.pages(typesetter: Typesetter()), "\(name).pdf")
            let prefix = pdf.deletingPathExtension().path
            XCTAssertEqual(try Tool.run("pdftoppm", ["-png", "-r", "1200", "-f", "1", "-l", "1", "-singlefile", pdf.path, prefix]).status, 0)
            let image = try XCTUnwrap(PNGImage(URL(fileURLWithPath: prefix + ".png")))
            let rightInk = (0..<image.height).contains { image.pixel(x: image.width - 1, y: $0).relativeLuminance < 0.9 }
            let bottomInk = (0..<image.width).contains { image.pixel(x: $0, y: image.height - 1).relativeLuminance < 0.9 }
            XCTAssertTrue(rightInk, "\(name): the right outline edge is not drawn")
            XCTAssertTrue(bottomInk, "\(name): the bottom outline edge is not drawn")
        }
    }

    func testPDFWithBoxesIsByteIdenticalOnRerun() throws {
        let catalog = try TagFixture.catalog()
        let card = PinoutCard(series: catalog.series[0], catalog: catalog, preset: try TagFixture.presets().preset(named: "cr80", kinds: [.card]))
        let a = try render(card.pages(typesetter: Typesetter(), duplex: false, sheet: nil), "a.pdf")
        let b = try render(card.pages(typesetter: Typesetter(), duplex: false, sheet: nil), "b.pdf")
        XCTAssertEqual(try Data(contentsOf: a), try Data(contentsOf: b))
    }
}
