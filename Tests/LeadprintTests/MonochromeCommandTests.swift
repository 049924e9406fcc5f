import Foundation
import TestSupport
import XCTest

/// `--mono` on roll presets: 1-bit PNG at the printer's dpi, only black and white, boxed codes; one tag per PDF page.
final class MonochromeCommandTests: XCTestCase {
    /// IHDR bit depth and colour type, and the pHYs pixels per metre, read from the PNG's bytes.
    private func header(_ url: URL) throws -> (bitDepth: UInt8, colorType: UInt8, perMetre: UInt32?) {
        let bytes = [UInt8](try Data(contentsOf: url))
        func u32(_ at: Int) -> UInt32 { bytes[at..<at + 4].reduce(0) { $0 << 8 | UInt32($1) } }
        var perMetre: UInt32?
        var at = 8
        while at + 8 <= bytes.count {
            let length = Int(u32(at))
            let type = String(decoding: bytes[at + 4..<at + 8], as: UTF8.self)
            if type == "pHYs" { perMetre = u32(at + 8); XCTAssertEqual(u32(at + 12), u32(at + 8)); XCTAssertEqual(bytes[at + 16], 1) }
            at += 12 + length
        }
        return (bytes[24], bytes[25], perMetre)
    }

    func testMonoPNGIsOneBitGrayAtThePresetsDpiWithOnlyBlackAndWhite() throws {
        let folder = try Tool.temporaryFolder()
        // brother-hse-11.7mm is monochrome by its preset: --mono is its default.
        let result = try Tool.leadprint(["tags", "--series", "VALUE", "--preset", "brother-hse-11.7mm", "--format", "png", "-o", "t.png"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".png") }.sorted()
        XCTAssertEqual(files.count, 10)
        let first = folder.appendingPathComponent(files[0])
        let (depth, type, perMetre) = try header(first)
        XCTAssertEqual(depth, 1)
        XCTAssertEqual(type, 0, "grayscale")
        XCTAssertEqual(perMetre, UInt32((360 / 0.0254).rounded()))
        let image = try XCTUnwrap(PNGImage(first))
        var values: Set<UInt8> = []
        for y in 0..<image.height { for x in 0..<image.width { let p = image.pixel(x: x, y: y); values.formUnion([p.red, p.green, p.blue]) } }
        XCTAssertEqual(values, [0, 255])
        // 40 mm x 11.7 mm at 360 dpi.
        XCTAssertEqual(image.width, Int((40 / 25.4 * 360 - 1e-9).rounded(.up)))

        let colour = try Tool.leadprint(["tags", "--series", "VALUE", "--preset", "brother-hse-11.7mm", "--no-mono", "--format", "png", "-o", "c.png"], in: folder)
        XCTAssertEqual(colour.status, 0, colour.stderr)
        let colourFile = folder.appendingPathComponent(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("c-") }.sorted()[0])
        XCTAssertEqual(try header(colourFile).bitDepth, 8)
    }

    func testMonoSwatchIsABoxedCodeAndTheRollPDFHasOneTagPerPage() throws {
        let folder = try Tool.temporaryFolder()
        let result = try Tool.leadprint(["tags", "--series", "VALUE", "--preset", "brother-hse-11.7mm", "--mono", "-o", "t.pdf"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let pdf = folder.appendingPathComponent("t.pdf")
        let sizes = try Tool.pdfPageSizes(pdf)
        XCTAssertEqual(sizes.count, 10)
        for size in sizes {
            XCTAssertEqual(size.width, 40 / 25.4 * 72, accuracy: 0.01)
            XCTAssertEqual(size.height, 11.7 / 25.4 * 72, accuracy: 0.01)
        }
        // The IEC code of VALUE's first lead (Green) is printed, in black.
        XCTAssertTrue(try Tool.pdfText(pdf, page: 1).contains("GN"))
        let sheet = try Tool.leadprint(["tags", "--series", "VALUE", "--mono", "-o", "s.pdf"], in: folder)
        // A switch the preset cannot take is a usage error.
        XCTAssertEqual(sheet.status, 64)
        XCTAssertTrue(sheet.stderr.contains("--mono") && sheet.stderr.contains("roll presets only"), sheet.stderr)
    }
}
