import Layout
import TestSupport
import XCTest

/// Presets name the label printer they are for: `printer: {language, models, pins}`.
final class PresetPrinterTests: XCTestCase {
    func testShippedTubePresetsNameTheirPrinters() throws {
        let library = try PresetLibrary.load(folder: Tool.repositoryRoot.appendingPathComponent("Resources/presets"))
        let p900 = try library.preset(named: "brother-hse-8.8mm", kinds: [.roll])
        XCTAssertEqual(p900.printer, PresetPrinter(language: .ptouch, models: ["PT-P900W", "PT-P950NW", "PT-P900"], pins: 560))
        XCTAssertEqual(p900.dpi, 360)
        let p750 = try library.preset(named: "brother-hse-11.7mm-180dpi", kinds: [.roll])
        XCTAssertEqual(p750.printer?.pins, 128)
        XCTAssertEqual(p750.dpi, 180)
        XCTAssertEqual(try library.preset(named: "zebra-die-cut-2x1in", kinds: [.roll]).printer?.language, .zpl)
        XCTAssertNil(try library.preset(named: "avery-5160", kinds: [.sheet]).printer)
    }

    func testABadPrinterMapIsLocated() {
        var library = PresetLibrary()
        let yaml = """
        presets:
          - name: tube
            kind: roll
            media: {width: 40mm, height: 8.8mm}
            label: {width: 40mm, height: 8.8mm}
            printer: {language: ptuch, models: [PT-P900W], head: 3}
            source: test
            verified: false
          - name: nobody
            kind: roll
            media: {width: 40mm, height: 8.8mm}
            label: {width: 40mm, height: 8.8mm}
            printer: {language: zpl, models: []}
            source: test
            verified: false
        """
        XCTAssertThrowsError(try library.add(yaml: yaml, fileName: "mine.yaml")) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("mine.yaml:6: preset tube, printer.language: unknown language; did you mean 'ptouch'? expected one of ptouch, zpl ('ptuch')"), text)
            XCTAssertTrue(text.contains("printer.head"), text)
            XCTAssertTrue(text.contains("preset nobody, printer.models: names no model"), text)
        }
    }
}
