import PrinterLanguages
import XCTest

final class PTouchEncoderTests: XCTestCase {
    /// A tag-shaped bitmap with a diagonal, a bar and blank columns: every kind of raster line.
    static func sample(width: Int, height: Int) -> MonoBitmap {
        var b = MonoBitmap(width: width, height: height)
        for x in 0..<width where x % 7 != 0 {
            b[x, (x * 3) % height] = true
            if x > width / 2 { for y in (height / 4)..<(height / 2) { b[x, y] = true } }
        }
        return b
    }

    func testStreamReadsBackToTheBitmapBandOnBothHeads() throws {
        for (model, tube) in [(PTouchModel.ptP900W, 8.8), (.ptP750W, 11.7)] {
            let settings = PTouchSettings(model: model, tube: try XCTUnwrap(PTouchTube.flatWidth(tube)))
            let encoder = try PTouchEncoder(settings: settings)
            let band = encoder.printPins
            let bitmap = Self.sample(width: 300, height: band + 20)
            var stream = encoder.jobStart()
            stream += try encoder.page(bitmap, firstRow: 10, index: 0, last: false)
            stream += try encoder.page(bitmap, firstRow: 10, index: 1, last: true)
            let commands = try PTouchDecoder.commands(stream, bytesPerLine: model.bytesPerLine)
            let pages = PTouchDecoder.pages(commands, leftPin: settings.tube.leftPins(on: model), bandPins: band)
            XCTAssertEqual(pages.count, 2)
            var expected = MonoBitmap(width: 300, height: band)
            for x in 0..<300 { for r in 0..<band where bitmap[x, r + 10] { expected[x, r] = true } }
            XCTAssertEqual(pages[0], expected, "\(model)")
            XCTAssertEqual(pages[1], expected, "\(model)")
            XCTAssertGreaterThan(expected.inkedDots, 100)
            XCTAssertEqual(commands.first, .invalidate(model.invalidateLength))
            XCTAssertEqual(commands.last, .printAndFeed)
            XCTAssertEqual(commands.filter { $0 == .print }.count, 1, "FF between pages")
            let info = commands.compactMap { if case .printInformation(let v, let k, let w, _, let lines, let page) = $0 { return [v, k, w, UInt8(lines & 0xFF), UInt8(lines >> 8), page] } else { return nil } }
            XCTAssertEqual(info, [[0x86, 0x11, settings.tube.widthCode, 44, 1, 0], [0x86, 0x11, settings.tube.widthCode, 44, 1, 1]])
            XCTAssertTrue(commands.contains(.zero), "blank columns are Z")
        }
    }

    func testOptionsSetTheirBits() throws {
        var settings = PTouchSettings(model: .ptP900W, tube: try XCTUnwrap(PTouchTube.flatWidth(8.8)))
        settings.halfCut = true; settings.chainPrinting = true; settings.noBufferClear = true; settings.marginDots = 28
        let page = try PTouchEncoder(settings: settings).page(MonoBitmap(width: 5, height: 96), firstRow: 0, index: 0, last: true)
        let commands = try PTouchDecoder.commands(page, bytesPerLine: 70)
        XCTAssertTrue(commands.contains(.advanced(0x84)))
        XCTAssertTrue(commands.contains(.margin(28)))
        XCTAssertTrue(commands.contains(.mode(0x40)))
        settings.autoCut = false
        let uncut = try PTouchDecoder.commands(try PTouchEncoder(settings: settings).page(MonoBitmap(width: 5, height: 96), firstRow: 0, index: 0, last: true), bytesPerLine: 70)
        XCTAssertTrue(uncut.contains(.mode(0)))
        XCTAssertFalse(uncut.contains(.cutEvery(1)))
    }

    func testP910BTTakesNoTube() throws {
        XCTAssertThrowsError(try PTouchEncoder(settings: PTouchSettings(model: .ptP910BT, tube: try XCTUnwrap(PTouchTube.flatWidth(8.8))))) {
            XCTAssertEqual($0 as? PrinterLanguageError, .modelTakesNoTube(model: "PT-P910BT"))
        }
    }

    func testPackBitsRoundTripsAndCompressesRuns() {
        let samples: [[UInt8]] = [[], [1], [0, 0, 0, 0], [1, 2, 3, 4, 4, 4, 5], Array(repeating: 7, count: 300), (0..<300).map { UInt8($0 % 256) }]
        for s in samples { XCTAssertEqual(PackBits.decode(PackBits.encode(s)), s) }
        XCTAssertEqual(PackBits.encode([UInt8](repeating: 0, count: 70)), [0xBB, 0x00])
        XCTAssertNil(PackBits.decode([0x05, 1, 2]))
    }

    func testStatusReplyNamesMediaAndErrors() throws {
        let ok = try BrotherStatus(BrotherStatus.reply(model: .ptP900W, mediaWidth: 9, mediaKind: 0x11))
        XCTAssertEqual(ok.model, .ptP900W)
        XCTAssertEqual(ok.mediaDescription, "8.8 mm HSe tube")
        XCTAssertEqual(ok.problems, [])
        let bad = try BrotherStatus(BrotherStatus.reply(model: .ptP750W, mediaWidth: 0, mediaKind: 0, problems: [.coverOpen, .cutterJam]))
        XCTAssertEqual(bad.problems, [.cutterJam, .coverOpen])
        XCTAssertEqual(bad.mediaDescription, "no media")
        XCTAssertThrowsError(try BrotherStatus([0x80, 0x20]))
    }
}
