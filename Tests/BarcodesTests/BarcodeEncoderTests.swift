import Barcodes
import DisplayList
import Foundation
import Geometry
import Render
import TestSupport
import XCTest

final class BarcodeEncoderTests: XCTestCase {
    /// Renders a symbol alone at 600 dpi and returns the PNG.
    private func render(_ symbol: BarcodeSymbol, module: Length) throws -> URL {
        let width = module * symbol.totalWidthModules + .mm(4)
        let bars = symbol.symbology.isLinear ? Length.mm(12) : module * symbol.totalHeightModules
        var page = Page(size: Size(width: width, height: bars + .mm(4)))
        page.add(symbol.item(at: Point(x: .mm(2), y: .mm(2)), module: module, barHeight: .mm(12)))
        let target = try Tool.temporaryFolder().appendingPathComponent("\(symbol.symbology.rawValue).png")
        _ = try Renderer().render(PageStream([page]), to: target, settings: RenderSettings(format: .png, dpi: 600))
        return target
    }

    func testCode128DecodesToItsPayload() throws {
        let symbol = try BarcodeEncoder.encode("PRO-09-00042", as: .code128)
        let png = try render(symbol, module: .mm(0.33))
        let result = try Tool.run("zbarimg", ["--quiet", "--raw", png.path])
        XCTAssertEqual(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "PRO-09-00042", result.stderr)
    }

    func testQRDecodesToItsPayload() throws {
        let payload = "https://example.com/docs/pro?lead=LINEOUT_GND"
        let symbol = try BarcodeEncoder.encode(payload, as: .qr)
        XCTAssertEqual(symbol.widthModules, symbol.heightModules)
        let png = try render(symbol, module: .mm(0.5))
        let result = try Tool.run("zbarimg", ["--quiet", "--raw", png.path])
        XCTAssertEqual(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines), payload, result.stderr)
    }

    func testDataMatrixDecodesToItsPayload() throws {
        let symbol = try BarcodeEncoder.encode("VALUE-08-LINE_GND", as: .datamatrix)
        let png = try render(symbol, module: .mm(0.5))
        let result = try Tool.run("dmtxread", [png.path])
        XCTAssertEqual(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "VALUE-08-LINE_GND", result.stderr)
    }

    func testModuleSizeToFitKeepsTheQuietZone() throws {
        let symbol = try BarcodeEncoder.encode("GND", as: .qr)
        let box = Size(width: .mm(20), height: .mm(10))
        let module = symbol.moduleSize(toFit: box)
        XCTAssertEqual((module * symbol.totalHeightModules).points, box.height.points, accuracy: 1e-9)
        XCTAssertLessThanOrEqual((module * symbol.totalWidthModules).points, box.width.points + 1e-9)
    }

    func testUnencodablePayloadFailsWithTheReason() {
        // Code 128 carries Latin-1 at most; CJK text cannot be encoded.
        XCTAssertThrowsError(try BarcodeEncoder.encode("中文", as: .code128)) { error in
            XCTAssertTrue("\(error)".contains("code128"), "\(error)")
        }
    }

    func testTheSymbolIsVectorRectangles() throws {
        let symbol = try BarcodeEncoder.encode("RS485+", as: .code128)
        guard case .shape(let shape) = symbol.item(at: .zero, module: .mm(0.25), barHeight: .mm(8)) else { return XCTFail("not a shape") }
        XCTAssertEqual(shape.fill, .black)
        let bounds = try XCTUnwrap(shape.path.bounds)
        XCTAssertEqual(bounds.minX.points, Length.mm(0.25 * 10).points, accuracy: 1e-9)
        XCTAssertEqual(bounds.height.points, Length.mm(8).points, accuracy: 1e-9)
        XCTAssertEqual(bounds.width.points, Length.mm(0.25 * symbol.widthModules).points, accuracy: 1e-6)
    }
}
