import PrinterLanguages
import XCTest

final class ZPLEncoderTests: XCTestCase {
    func testLabelFormatHasSizeQuantityAndCompressedGraphic() throws {
        var settings = ZPLSettings(dpi: 203, continuous: false)
        settings.quantity = 2; settings.speed = 4; settings.darkness = 15
        let encoder = try ZPLEncoder(settings: settings)
        var bitmap = MonoBitmap(width: 406, height: 203)
        for x in 0..<406 { bitmap[x, 100] = true }
        let text = String(decoding: encoder.jobStart() + (try encoder.label(bitmap)), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("~SD15\n^XA\n^MNY^PW406^LL203^LH0,0^PR4\n^FO0,0^GFA,10353,10353,51,"), text)
        XCTAssertTrue(text.hasSuffix("^FS\n^PQ2\n^XZ\n"))
        // 100 blank rows: one `,` then 99 `:`; the inked row is 101 F digits (k = 100, G = 1) and C for 0xFC, then blank rows again.
        XCTAssertTrue(text.contains("51,," + String(repeating: ":", count: 99) + "kGFC,:"), text)
        XCTAssertLessThan(text.utf8.count, 600)
    }

    func testSleeveTagsAreTurnedToRunAlongTheFeed() throws {
        var settings = ZPLSettings(dpi: 300, continuous: true)
        settings.alongFeed = true
        var tag = MonoBitmap(width: 10, height: 3)
        tag[0, 0] = true; tag[9, 2] = true
        let text = String(decoding: try ZPLEncoder(settings: settings).label(tag), as: UTF8.self)
        XCTAssertTrue(text.contains("^MNN^PW3^LL10"), text)
        let turned = tag.rotatedClockwise()
        XCTAssertEqual(turned.width, 3); XCTAssertEqual(turned.height, 10)
        XCTAssertTrue(turned[2, 0], "the top-left dot goes top-right")
        XCTAssertTrue(turned[0, 9], "the bottom-right dot goes bottom-left")
        XCTAssertEqual(turned.inkedDots, 2)
    }

    func testSettingsOutsideZPLAreRefused() {
        XCTAssertThrowsError(try ZPLEncoder(settings: ZPLSettings(dpi: 250, continuous: true)))
        var dark = ZPLSettings(dpi: 300, continuous: true); dark.darkness = 31
        XCTAssertThrowsError(try ZPLEncoder(settings: dark))
    }
}
