import Foundation
import Geometry
import TestSupport
import XCTest

final class SwatchesCommandTests: XCTestCase {
    func testWritesAnA4PDFWithEveryColourName() throws {
        let folder = try Tool.temporaryFolder()
        let result = try Tool.leadprint(["swatches", "--page", "a4", "-o", "sw.pdf"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let pdf = folder.appendingPathComponent("sw.pdf")
        let size = try XCTUnwrap(Tool.pdfPageSizes(pdf).first)
        XCTAssertEqual(size.width, 595.28, accuracy: 0.01)
        XCTAssertEqual(size.height, 841.89, accuracy: 0.01)
        let text = try Tool.pdfText(pdf)
        for name in ["Black", "Brown", "Red", "Orange", "Yellow", "Green", "Blue", "Violet", "Grey", "White"] {
            XCTAssertTrue(text.contains("\(name)"), "\(name) missing from the swatch page")
        }
        XCTAssertTrue(text.contains("IEC VT"), text)
    }

    func testUnknownPageFailsWithoutWritingAFile() throws {
        let folder = try Tool.temporaryFolder()
        let result = try Tool.leadprint(["swatches", "--page", "tabloid", "-o", "sw.pdf"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("unknown page preset 'tabloid'"), result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }

    func testDefaultRunWritesIntoOutputAndListsTheFiles() throws {
        let folder = try Tool.temporaryFolder()
        let result = try Tool.leadprint([], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("wrote output/swatches-letter.pdf"), result.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("output/swatches-letter.png").path))
    }
}
