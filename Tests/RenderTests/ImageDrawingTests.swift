import DisplayList
import Foundation
import Geometry
import Images
import Render
import TestSupport
import XCTest

/// Image items: SVG drawn as vectors (no image in the PDF), PNG embedded once at its own pixel size, both placed in their box.
final class ImageDrawingTests: XCTestCase {
    private let exampleLogo = Tool.repositoryRoot.appendingPathComponent("Resources/brands/example/logo.svg")
    private let box = Rect(x: .pt(100), y: .pt(100), width: .pt(200), height: .pt(100))

    private func page(_ source: ImageSource) -> Page {
        Page(size: Size(width: .pt(400), height: .pt(300)), items: [.image(Image.fitted(source, in: box))])
    }

    private func render(_ page: Page, _ format: OutputFormat, dpi: Double = 72) throws -> URL {
        let target = try Tool.temporaryFolder().appendingPathComponent("image.\(format.rawValue)")
        _ = try Renderer().render(PageStream([page]), to: target, settings: RenderSettings(format: format, dpi: dpi))
        return target
    }

    /// `pdfimages -list` rows below its two header lines.
    private func images(in pdf: URL) throws -> [[String]] {
        try Tool.run("pdfimages", ["-list", pdf.path]).stdout.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ").map(String.init) }
    }

    func testAnSVGLogoIsVectorsInThePDFAndItsColoursInThePNG() throws {
        let source = try ImageLoader.load(Data(contentsOf: exampleLogo))
        XCTAssertEqual(try images(in: render(page(source), .pdf)), [])
        let png = try XCTUnwrap(PNGImage(try render(page(source), .png, dpi: 144)))
        // The logo is 2:1, so it fills the 200 x 100 pt box: blue square at the left, amber disc at the right.
        XCTAssertEqual(png.pixel(at: Point(x: .pt(105), y: .pt(150)), dpi: 144), RGBColor(hex: "#0B5FA5"))
        XCTAssertEqual(png.pixel(at: Point(x: .pt(250), y: .pt(120)), dpi: 144), RGBColor(hex: "#F2A900"))
        // Outside the box nothing is drawn.
        XCTAssertEqual(png.pixel(at: Point(x: .pt(95), y: .pt(150)), dpi: 144), RGBColor.white)
        XCTAssertEqual(png.pixel(at: Point(x: .pt(305), y: .pt(150)), dpi: 144), RGBColor.white)
        XCTAssertEqual(png.pixel(at: Point(x: .pt(200), y: .pt(205)), dpi: 144), RGBColor.white)
    }

    func testAnSVGLogoDrawsIntoSVGOutputAsPaths() throws {
        let source = try ImageLoader.load(Data(contentsOf: exampleLogo))
        let svg = try String(contentsOf: render(page(source), .svg), encoding: .utf8)
        XCTAssertFalse(svg.contains("<image"), svg)
        // Cairo writes colours as percentages: #0B5FA5 and #F2A900 as filled paths.
        XCTAssertTrue(svg.contains("fill:rgb(4.313726%,37.254903%,64.705884%)"), svg)
        XCTAssertTrue(svg.contains("fill:rgb(94.901961%,66.274512%,0%)"), svg)
    }

    func testAPNGLogoIsOneImageAtItsOwnPixelSize() throws {
        let red = RGBColor(hex: "#C02020")!, green = RGBColor(hex: "#208030")!
        let data = try PNGFixture.data(width: 64, height: 32) { x, _ in x < 32 ? red : green }
        let source = try ImageLoader.load(data)
        let list = try images(in: render(page(source), .pdf))
        XCTAssertEqual(list.count, 1, "\(list)")
        // Columns: page num type width height …
        XCTAssertEqual(list.first?[3], "64")
        XCTAssertEqual(list.first?[4], "32")
        let png = try XCTUnwrap(PNGImage(try render(page(source), .png, dpi: 72)))
        XCTAssertEqual(png.pixel(at: Point(x: .pt(150), y: .pt(150)), dpi: 72), red)
        XCTAssertEqual(png.pixel(at: Point(x: .pt(250), y: .pt(150)), dpi: 72), green)
    }

    func testAnSVGNeverLoadsAnExternalImage() throws {
        // A red PNG beside the SVG, referenced by absolute path: with no base file librsvg must not fetch it.
        let folder = try Tool.temporaryFolder()
        let red = folder.appendingPathComponent("red.png")
        try PNGFixture.data(width: 10, height: 10) { _, _ in RGBColor(red: 255, green: 0, blue: 0) }.write(to: red)
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100">
            <image x="0" y="0" width="200" height="100" xlink:href="file://\(red.path)"/><image x="0" y="0" width="200" height="100" href="red.png"/></svg>
            """
        let source = try ImageLoader.load(Data(svg.utf8))
        let png = try XCTUnwrap(PNGImage(try render(page(source), .png)))
        XCTAssertEqual(png.pixel(at: Point(x: .pt(200), y: .pt(150)), dpi: 72), RGBColor.white)
    }
}
