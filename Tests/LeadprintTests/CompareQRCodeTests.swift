import Foundation
import TestSupport
import XCTest

final class CompareQRCodeTests: XCTestCase {
    func testQuoteURLPrintsADecodableVectorQRCodeInTheHeader() throws {
        let folder = try Tool.temporaryFolder()
        let url = "https://quotes.example.com/Q-2026-0142"
        let png = try Tool.leadprint(["compare", "--quote-url", url, "--summary-only", "-o", "q.png", "--dpi", "300"], in: folder)
        XCTAssertEqual(png.status, 0, png.stderr)
        let decoded = try Tool.run("zbarimg", ["--quiet", "--raw", folder.appendingPathComponent("q.png").path])
        XCTAssertEqual(decoded.stdout.trimmingCharacters(in: .whitespacesAndNewlines), url)
        let pdf = try Tool.leadprint(["compare", "--quote-url", url, "-o", "q.pdf"], in: folder)
        XCTAssertEqual(pdf.status, 0, pdf.stderr)
        let images = try Tool.run("pdfimages", ["-list", folder.appendingPathComponent("q.pdf").path]).stdout
        // pdfimages prints a two-line header and one line per image: a vector code adds none.
        XCTAssertEqual(images.split(separator: "\n").count, 2, images)
    }

    func testAURLTooLongForTheHeaderFailsWithoutAFile() throws {
        let folder = try Tool.temporaryFolder()
        let url = "https://quotes.example.com/" + String(repeating: "q", count: 600)
        let result = try Tool.leadprint(["compare", "--quote-url", url, "-o", "q.pdf"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("comparison sheet header, QR code"), result.stderr)
        XCTAssertTrue(result.stderr.contains("below the 0.250 mm minimum"), result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }
}
