import DisplayList
import Foundation
import Geometry
import Images
import TestSupport
import XCTest

/// Logos are checked and measured before layout: format by content, size limits, librsvg's verdict, intrinsic size.
final class ImageLoaderTests: XCTestCase {
    static let exampleLogo = Tool.repositoryRoot.appendingPathComponent("Resources/brands/example/logo.svg")

    func testTheExampleSVGLogoMeasuresFromItsWidthAndHeight() throws {
        let source = try ImageLoader.load(Data(contentsOf: Self.exampleLogo))
        XCTAssertEqual(source.kind, .svg)
        // 160 x 80 CSS pixels at 96 per inch.
        XCTAssertEqual(source.intrinsicSize.width.points, 120, accuracy: 1e-9)
        XCTAssertEqual(source.intrinsicSize.height.points, 60, accuracy: 1e-9)
        XCTAssertEqual(source.aspectRatio, 2, accuracy: 1e-9)
    }

    func testAViewBoxOnlySVGTakesItsProportionsFromTheViewBox() throws {
        let svg = ##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100"><rect width="300" height="100" fill="#ff0000"/></svg>"##
        let source = try ImageLoader.load(Data(svg.utf8))
        XCTAssertEqual(source.aspectRatio, 3, accuracy: 1e-9)
    }

    func testAPNGKeepsItsPixelsAndRatio() throws {
        let data = try PNGFixture.data(width: 60, height: 30) { x, _ in x < 30 ? .black : .white }
        let source = try ImageLoader.load(data)
        XCTAssertEqual(source.kind, .png)
        XCTAssertEqual(source.pixelSize?.width, 60)
        XCTAssertEqual(source.pixelSize?.height, 30)
        XCTAssertEqual(source.aspectRatio, 2, accuracy: 1e-9)
    }

    func testFittingNeverStretches() throws {
        let source = try ImageLoader.load(Data(contentsOf: Self.exampleLogo))
        let tall = Image.fitted(source, in: Rect(x: .pt(10), y: .pt(20), width: .pt(500), height: .pt(40)))
        XCTAssertEqual(tall.rect, Rect(x: .pt(10), y: .pt(20), width: .pt(80), height: .pt(40)))
        // Too wide for the height: the width limits, and the picture is centred vertically.
        let narrow = Image.fitted(source, in: Rect(x: .pt(10), y: .pt(20), width: .pt(40), height: .pt(40)), alignment: .trailing)
        XCTAssertEqual(narrow.rect, Rect(x: .pt(10), y: .pt(30), width: .pt(40), height: .pt(20)))
    }

    func testOtherFilesAreRefusedByContent() {
        XCTAssertThrowsError(try ImageLoader.load(Data("name: Acme\n".utf8))) { XCTAssertEqual($0 as? ImageError, .unsupportedFormat) }
        // A JPEG's signature.
        XCTAssertThrowsError(try ImageLoader.load(Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]))) { XCTAssertEqual($0 as? ImageError, .unsupportedFormat) }
        XCTAssertThrowsError(try ImageLoader.load(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]))) { error in
            guard case .badPNG? = error as? ImageError else { return XCTFail("\(error)") }
        }
    }

    func testABrokenSVGFailsWithLibrsvgsMessageOnOneLine() {
        XCTAssertThrowsError(try ImageLoader.load(Data(#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect"#.utf8))) { error in
            guard case .badSVG(let message)? = error as? ImageError else { return XCTFail("\(error)") }
            XCTAssertFalse(message.isEmpty)
            XCTAssertFalse(message.hasSuffix("\n"), message)
        }
    }

    func testAnSVGWithAnExternalEntityIsRefused() throws {
        let secret = try Tool.temporaryFolder().appendingPathComponent("secret.txt")
        try "top secret".write(to: secret, atomically: true, encoding: .utf8)
        let svg = """
            <?xml version="1.0"?>
            <!DOCTYPE svg [ <!ENTITY leak SYSTEM "file://\(secret.path)"> ]>
            <svg xmlns="http://www.w3.org/2000/svg" width="100" height="20"><text y="15">&leak;</text></svg>
            """
        XCTAssertThrowsError(try ImageLoader.load(Data(svg.utf8))) { error in
            guard case .badSVG? = error as? ImageError else { return XCTFail("\(error)") }
        }
    }

    func testAnSVGWithoutAnySizeIsRefused() {
        let svg = #"<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>"#
        XCTAssertThrowsError(try ImageLoader.load(Data(svg.utf8))) { XCTAssertEqual($0 as? ImageError, .noIntrinsicSize) }
    }

    func testLimits() throws {
        let big = Data(repeating: 0x20, count: ImageLoader.maximumBytes + 1)
        XCTAssertThrowsError(try ImageLoader.load(big)) { XCTAssertEqual($0 as? ImageError, .tooLarge(bytes: ImageLoader.maximumBytes + 1, limit: ImageLoader.maximumBytes)) }
        // A PNG header claiming 10000 x 10000 pixels is refused before any decoding.
        var header = try PNGFixture.data(width: 1, height: 1) { _, _ in .white }
        header.replaceSubrange(16..<24, with: [0, 0, 0x27, 0x10, 0, 0, 0x27, 0x10])
        XCTAssertThrowsError(try ImageLoader.load(header)) { XCTAssertEqual($0 as? ImageError, .tooManyPixels(width: 10000, height: 10000, limit: ImageLoader.maximumPixels)) }
        // The largest sides a header can hold multiply past Int's range: refused, not a crash.
        header.replaceSubrange(16..<24, with: [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF])
        XCTAssertThrowsError(try ImageLoader.load(header)) {
            XCTAssertEqual($0 as? ImageError, .tooManyPixels(width: 0xFFFF_FFFF, height: 0xFFFF_FFFF, limit: ImageLoader.maximumPixels))
        }
    }
}
