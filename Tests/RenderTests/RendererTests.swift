import DisplayList
import Foundation
import Geometry
import Render
import TestSupport
import Typesetting
import XCTest

final class RendererTests: XCTestCase {
    private func samplePages(count: Int = 1) throws -> [Page] {
        let typesetter = try Typesetter()
        let shaped = try typesetter.shape("ALARMIN_GND office", font: .label)
        return (1...count).map { n in
            var page = Page(size: Size(width: .inch(8.5), height: .inch(11)))
            page.add(.shape(.rect(Rect(x: .pt(72), y: .pt(72), width: .pt(144), height: .pt(72)), fill: RGBColor(hex: "#1F5FD1")!)))
            for run in shaped.runs(at: Point(x: .pt(72), y: .pt(300)), size: .pt(24), color: .black) { page.add(.glyphs(run)) }
            page.add(.group(Group(transform: .translate(.pt(300), .pt(500)), clip: .rect(Rect(x: .zero, y: .zero, width: .pt(50), height: .pt(50))), items: [
                .shape(.rect(Rect(x: .zero, y: .zero, width: .pt(100), height: .pt(100)), fill: RGBColor(red: 200, green: 0, blue: 0))),
            ])))
            _ = n
            return page
        }
    }

    func testPDFHasPageSizeSearchableTextAndEmbeddedFonts() throws {
        let folder = try Tool.temporaryFolder()
        let target = folder.appendingPathComponent("sample.pdf")
        let files = try Renderer().render(PageStream(try samplePages(count: 2)), to: target, settings: RenderSettings(format: .pdf))
        XCTAssertEqual(files, [target])
        let sizes = try Tool.pdfPageSizes(target)
        XCTAssertEqual(sizes.count, 2)
        XCTAssertEqual(sizes.first?.width ?? 0, 612, accuracy: 0.01)
        XCTAssertEqual(sizes.first?.height ?? 0, 792, accuracy: 0.01)
        let text = try Tool.pdfText(target)
        XCTAssertTrue(text.contains("ALARMIN_GND office"), text)
        let fonts = try Tool.run("pdffonts", [target.path]).stdout
        XCTAssertTrue(fonts.contains("DejaVuSansCondensed-Bold"), fonts)
        let fontLine = fonts.split(separator: "\n").first { $0.contains("DejaVu") } ?? ""
        // pdffonts prints "yes yes" for embedded + subset.
        XCTAssertTrue(fontLine.contains("yes yes"), String(fontLine))
    }

    func testPNGPixelSizeAndFillColour() throws {
        let folder = try Tool.temporaryFolder()
        let target = folder.appendingPathComponent("sample.png")
        let files = try Renderer().render(PageStream(try samplePages()), to: target, settings: RenderSettings(format: .png, dpi: 100))
        XCTAssertEqual(files, [target])
        let image = try XCTUnwrap(PNGImage(target))
        XCTAssertEqual(image.width, Int((612.0 * 100 / 72).rounded(.up)))
        XCTAssertEqual(image.height, Int((792.0 * 100 / 72).rounded(.up)))
        XCTAssertEqual(image.pixel(at: Point(x: .pt(100), y: .pt(100)), dpi: 100), RGBColor(hex: "#1F5FD1"))
        // The group's clip keeps the red square to 50 x 50 pt.
        XCTAssertEqual(image.pixel(at: Point(x: .pt(320), y: .pt(520)), dpi: 100), RGBColor(red: 200, green: 0, blue: 0))
        XCTAssertEqual(image.pixel(at: Point(x: .pt(370), y: .pt(570)), dpi: 100), .white)
    }

    func testMultiPagePNGIsNumberedOneFilePerPage() throws {
        let folder = try Tool.temporaryFolder()
        let target = folder.appendingPathComponent("sheet.png")
        let files = try Renderer().render(PageStream(try samplePages(count: 3)), to: target, settings: RenderSettings(format: .png, dpi: 30))
        XCTAssertEqual(files.map(\.lastPathComponent), ["sheet-1.png", "sheet-2.png", "sheet-3.png"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: target.path))
    }

    func testSVGRootSize() throws {
        let folder = try Tool.temporaryFolder()
        let target = folder.appendingPathComponent("sample.svg")
        _ = try Renderer().render(PageStream(try samplePages()), to: target, settings: RenderSettings(format: .svg))
        let svg = try String(contentsOf: target, encoding: .utf8)
        XCTAssertTrue(svg.contains("width=\"612pt\""), String(svg.prefix(300)))
        XCTAssertTrue(svg.contains("height=\"792pt\""), String(svg.prefix(300)))
    }

    func testTwoRendersAreByteIdentical() throws {
        let folder = try Tool.temporaryFolder()
        // Printer languages are written from the monochrome raster, not by Renderer (PrinterLanguageCommandTests).
        for format in OutputFormat.allCases where !format.isPrinterLanguage {
            let a = folder.appendingPathComponent("a.\(format.rawValue)"), b = folder.appendingPathComponent("b.\(format.rawValue)")
            _ = try Renderer().render(PageStream(try samplePages()), to: a, settings: RenderSettings(format: format, dpi: 50))
            _ = try Renderer().render(PageStream(try samplePages()), to: b, settings: RenderSettings(format: format, dpi: 50))
            XCTAssertEqual(try Data(contentsOf: a), try Data(contentsOf: b), "\(format) output differs between runs")
        }
    }

    func testSourceDateEpochSetsTheCreationDate() throws {
        let folder = try Tool.temporaryFolder()
        let target = folder.appendingPathComponent("dated.pdf")
        _ = try Renderer().render(PageStream(try samplePages()), to: target, settings: RenderSettings(format: .pdf, creationDate: 1_402_617_600))
        let info = try Tool.run("pdfinfo", [target.path]).stdout
        XCTAssertTrue(info.contains("2014"), info)
    }

    func testFailedRenderLeavesNoFile() throws {
        let folder = try Tool.temporaryFolder()
        let target = folder.appendingPathComponent("broken.pdf")
        var produced = 0
        let stream = PageStream {
            produced += 1
            if produced == 2 { throw RenderError.emptyDocument(path: "simulated failure on page 2") }
            return Page(size: Size(width: .pt(100), height: .pt(100)))
        }
        XCTAssertThrowsError(try Renderer().render(stream, to: target, settings: RenderSettings(format: .pdf)))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        XCTAssertEqual(left, [], "a failed render left \(left)")
    }

    func testUnwritableTargetFailsWithThePath() throws {
        let target = URL(fileURLWithPath: "/nonexistent-folder/x.pdf")
        XCTAssertThrowsError(try Renderer().render(PageStream(try samplePages()), to: target, settings: RenderSettings(format: .pdf))) { error in
            XCTAssertTrue("\(error)".contains("/nonexistent-folder/x.pdf"), "\(error)")
        }
    }
}

final class PNGResolutionTests: XCTestCase {
    func testPNGRecordsItsResolution() throws {
        let folder = try Tool.temporaryFolder()
        let target = folder.appendingPathComponent("dpi.png")
        var page = Page(size: Size(width: .inch(1), height: .inch(0.5)))
        page.add(.shape(.rect(Rect(x: .zero, y: .zero, width: .inch(0.5), height: .inch(0.5)), fill: .black)))
        _ = try Renderer().render(PageStream([page]), to: target, settings: RenderSettings(format: .png, dpi: 360))
        let bytes = [UInt8](try Data(contentsOf: target))
        // pHYs: 4-byte length, "pHYs", then pixels per metre in x and y (big-endian) and unit 1 (metre).
        let tag = Array("pHYs".utf8)
        let at = try XCTUnwrap((0..<(bytes.count - 4)).first { Array(bytes[$0..<($0 + 4)]) == tag })
        let perMetre = bytes[(at + 4)..<(at + 8)].reduce(0) { $0 << 8 | Int($1) }
        XCTAssertEqual(perMetre, Int((360 / 0.0254).rounded()))
        XCTAssertEqual(bytes[at + 12], 1)
        let image = try XCTUnwrap(PNGImage(target))
        XCTAssertEqual(image.width, 360)
        XCTAssertEqual(image.height, 180)
        XCTAssertEqual(image.pixel(x: 10, y: 10), .black)
        XCTAssertEqual(image.pixel(x: 350, y: 10), .white)
    }
}

final class FallbackRenderTests: XCTestCase {
    func testTextFromAScriptFontIsDrawnEmbeddedAndSearchable() throws {
        let typesetter = try Typesetter()
        let shaped = try typesetter.shape("GND 中", font: .label)
        var page = Page(size: Size(width: .pt(200), height: .pt(100)))
        for run in shaped.runs(at: Point(x: .pt(10), y: .pt(50)), size: .pt(20), color: .black) { page.add(.glyphs(run)) }
        let target = try Tool.temporaryFolder().appendingPathComponent("fallback.pdf")
        _ = try Renderer().render(PageStream([page]), to: target, settings: RenderSettings(format: .pdf))
        XCTAssertTrue(try Tool.pdfText(target).contains("GND 中"))
        let fonts = try Tool.run("pdffonts", [target.path]).stdout
        // The Han character comes from the bold CJK face, as the label is bold.
        XCTAssertTrue(fonts.contains("DejaVuSansCondensed-Bold") && fonts.contains("NotoSansCJKsc-Bold"), fonts)
    }
}
