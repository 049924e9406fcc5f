import Foundation
import TestSupport
import XCTest

/// `leadprint tags --barcode`: decodable codes, vector output, clear failures with no file written.
final class TagBarcodeCommandTests: XCTestCase {
    func testThermalTubeDataMatrixDecodesPerTagAt600Dpi() throws {
        let folder = try Tool.temporaryFolder()
        let result = try Tool.leadprint(["tags", "--series", "VALUE", "--preset", "brother-hse-8.8mm", "--barcode", "datamatrix",
                                         "--serial", "7", "-o", "tube.png", "--dpi", "600"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        for page in [1, 2, 10] {
            let decoded = try Tool.run("dmtxread", [folder.appendingPathComponent(String(format: "tube-%02d.png", page)).path]).stdout
            XCTAssertEqual(decoded.trimmingCharacters(in: .whitespacesAndNewlines), String(format: "VALUE-%02d-%05d", page, 6 + page))
        }
    }

    func testCode128WithCustomTemplateDecodesAndIsVector() throws {
        let folder = try Tool.temporaryFolder()
        let arguments = ["tags", "--series", "PRO", "--preset", "avery-5160", "--barcode", "code128", "--barcode-data", "{series}{position:02}/{code}"]
        let png = try Tool.leadprint(arguments + ["-o", "tags.png", "--dpi", "600"], in: folder)
        XCTAssertEqual(png.status, 0, png.stderr)
        let decoded = try Tool.run("zbarimg", ["--quiet", "--raw", folder.appendingPathComponent("tags.png").path]).stdout
        let payloads = Set(decoded.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        XCTAssertTrue(payloads.isSuperset(of: ["PRO01/BN", "PRO09/BK", "PRO17/RD"]), "\(payloads.sorted())")
        XCTAssertEqual(payloads.count, 17, "\(payloads.sorted())")

        let pdf = try Tool.leadprint(arguments + ["-o", "tags.pdf"], in: folder)
        XCTAssertEqual(pdf.status, 0, pdf.stderr)
        let images = try Tool.run("pdfimages", ["-list", folder.appendingPathComponent("tags.pdf").path]).stdout
        XCTAssertEqual(images.split(separator: "\n").count, 2, "header lines only, no image: \(images)")
        // The human-readable line is real text, under the bars.
        XCTAssertTrue(try Tool.pdfText(folder.appendingPathComponent("tags.pdf")).contains("PRO09/BK"))
    }

    func testBarcodeNoneIsTheDefaultOutput() throws {
        let folder = try Tool.temporaryFolder()
        XCTAssertEqual(try Tool.leadprint(["tags", "--series", "PRO", "-o", "plain.pdf"], in: folder).status, 0)
        XCTAssertEqual(try Tool.leadprint(["tags", "--series", "PRO", "--barcode", "none", "-o", "none.pdf"], in: folder).status, 0)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("plain.pdf")), try Data(contentsOf: folder.appendingPathComponent("none.pdf")))
    }

    func testTooSmallModuleFailsNamingTagAndPresetAndWritesNothing() throws {
        let folder = try Tool.temporaryFolder()
        let result = try Tool.leadprint(["tags", "--preset", "avery-l7651", "--barcode", "code128", "--serial", "1", "-o", "tags.pdf"], in: folder)
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("PRO lead 1 'ALARMINA'") && result.stderr.contains("avery-l7651") && result.stderr.contains("0.250 mm minimum"), result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
        // A minimum of one 360-dpi dot lets the same code through on a thermal tube, but not a 0.5 mm one.
        let strict = try Tool.leadprint(["tags", "--preset", "brother-hse-11.7mm", "--barcode", "qr", "--min-module", "0.5mm", "-o", "t.pdf"], in: folder)
        XCTAssertNotEqual(strict.status, 0)
        XCTAssertTrue(strict.stderr.contains("brother-hse-11.7mm") && strict.stderr.contains("0.500 mm minimum"), strict.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }

    func testBadBarcodeOptionsAreRejected() throws {
        let folder = try Tool.temporaryFolder()
        let unknown = try Tool.leadprint(["tags", "--barcode", "qr", "--barcode-data", "{series}-{colour}", "-o", "x.pdf"], in: folder)
        XCTAssertNotEqual(unknown.status, 0)
        XCTAssertTrue(unknown.stderr.contains("unknown field '{colour}'"), unknown.stderr)
        for arguments in [["--barcode", "ean13"], ["--barcode", "qr", "--barcode-data", "{serial}"], ["--barcode", "qr", "--min-module", "0.25"],
                          ["--barcode-data", "{series}"]] {
            let result = try Tool.leadprint(["tags", "-o", "x.pdf"] + arguments, in: folder)
            XCTAssertNotEqual(result.status, 0, "\(arguments)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }
}
