import Barcodes
import DisplayList
import Documents
import Foundation
import Geometry
import Layout
import LeadCatalog
import Render
import TestSupport
import Typesetting
import XCTest

final class TagBarcodeTests: XCTestCase {
    private func barcode(_ symbology: Symbology, _ template: String = "{series}-{position:02}-{serial:05}", minimum: Length? = nil) throws -> TagBarcode {
        try TagBarcode(symbology: symbology.rawValue, template: PayloadTemplate(template), minimumModule: minimum)
    }

    /// One label of a page on a page of its own, at 600 dpi, for a decoder to read.
    private func renderLabel(_ page: Page, position: Int, preset: Preset, to url: URL) throws {
        let origin = LabelGrid(preset: preset).origin(of: position)
        let label = Page(size: Size(width: preset.label.width, height: preset.label.height),
                         items: [.group(Group(transform: .translate(-origin.x, -origin.y), items: page.items))])
        _ = try Renderer().render(PageStream([label]), to: url, settings: RenderSettings(format: .png, dpi: 600))
    }

    private func decode(_ png: URL, _ symbology: Symbology) throws -> String {
        let result = symbology == .datamatrix ? try Tool.run("dmtxread", [png.path]) : try Tool.run("zbarimg", ["--quiet", "--raw", png.path])
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Each symbology on Avery 5160 tags decodes, label by label, to exactly that tag's payload, serials advancing.
    func testEachSymbologyDecodesToItsTagsPayloadOnAvery5160() throws {
        let preset = try TagFixture.preset("avery-5160")
        let order = try TagOrder(series: [try TagFixture.series("PRO")], serialStart: 41)
        let folder = try Tool.temporaryFolder()
        for symbology in Symbology.allCases {
            let page = try TagFixture.pages(try TagSheet(order: order, preset: preset, barcode: barcode(symbology)))[0]
            for position in [0, 4, 8] {
                let png = folder.appendingPathComponent("\(symbology.rawValue)-\(position).png")
                try renderLabel(page, position: position, preset: preset, to: png)
                XCTAssertEqual(try decode(png, symbology), String(format: "PRO-%02d-%05d", position + 1, 41 + position), "\(symbology) label \(position + 1)")
            }
        }
    }

    func testPayloadTemplateExpandsPerTag() throws {
        let order = try TagOrder(series: [try TagFixture.series("VALUE")], sets: 2, serialStart: 99)
        let code = try barcode(.qr, "{series}/{position}/{label}/{color}/{code}/{serial:06}")
        XCTAssertEqual(code.payload(for: order.tag(at: 0)), "VALUE/1/\(order.tag(at: 0).lead.label)/\(order.tag(at: 0).lead.colorName)/\(order.tag(at: 0).lead.color.code)/000099")
        XCTAssertEqual(code.payload(for: order.tag(at: 11)).hasSuffix("/000110"), true)
        XCTAssertEqual(TagBarcode.defaultTemplate(serials: false), "{series}-{position:02}")
    }

    func testModulesAreWholePrinterDotsOnThermalMedia() throws {
        let preset = try TagFixture.preset("brother-hse-8.8mm")
        let dot = try XCTUnwrap(TagBarcode.dot(on: preset))
        XCTAssertEqual(dot.millimetres, 25.4 / 360, accuracy: 1e-12)
        let code = try barcode(.datamatrix)
        XCTAssertEqual(code.minimumModule(on: preset), dot)
        XCTAssertEqual(code.minimumModule(on: try TagFixture.preset("avery-5160")), .mm(0.25))
        let order = try TagOrder(series: [try TagFixture.series("PRO")], serialStart: 1)
        let pages = try TagFixture.pages(try TagSheet(order: order, preset: preset, barcode: code))
        XCTAssertEqual(pages.count, 17)
        for (index, page) in pages.enumerated() {
            let symbol = try BarcodeEncoder.encode(code.payload(for: order.tag(at: index)), as: .datamatrix)
            let bars = symbolShapes(page)
            XCTAssertFalse(bars.isEmpty)
            for shape in bars {
                let module = shape.bounds.height / symbol.heightModules
                XCTAssertEqual((module / dot).rounded(), module / dot, accuracy: 1e-6, "page \(index + 1): \(module.millimetres) mm is not whole dots")
                XCTAssertGreaterThanOrEqual(module, dot)
            }
        }
    }

    func testTooSmallModuleFailsNamingTagAndPresetAndWritesNothing() throws {
        let order = try TagOrder(series: [try TagFixture.series("PRO")], serialStart: 1)
        let sheet = try TagSheet(order: order, preset: try TagFixture.preset("avery-l7651"), barcode: barcode(.code128))
        let target = try Tool.temporaryFolder().appendingPathComponent("small.pdf")
        XCTAssertThrowsError(try Renderer().render(try sheet.pages(typesetter: Typesetter()), to: target, settings: RenderSettings(format: .pdf))) { error in
            guard case BarcodeError.moduleTooSmall(let context, .code128, let module, let minimum) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(context.contains("PRO lead 1 'ALARMINA'") && context.contains("avery-l7651"), context)
            XCTAssertLessThan(module, minimum)
            XCTAssertEqual(minimum, 0.25)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: target.path))
        // A larger minimum fails where the default passes.
        let strict = try TagSheet(order: order, preset: try TagFixture.preset("avery-5160"), barcode: barcode(.code128, minimum: .mm(0.6)))
        XCTAssertThrowsError(try strict.pages(typesetter: Typesetter())) { XCTAssertTrue("\($0)".contains("0.600 mm minimum"), "\($0)") }
    }

    func testSerialFieldNeedsSerials() throws {
        XCTAssertThrowsError(try TagSheet(order: TagOrder(series: [try TagFixture.series("PRO")]), preset: try TagFixture.preset("avery-5160"), barcode: barcode(.qr))) {
            XCTAssertEqual($0 as? DocumentError, .needs(.barcodeData, .serial, because: "'{series}-{position:02}-{serial:05}' uses {serial}"))
        }
        XCTAssertThrowsError(try TagBarcode(symbology: "ean13", template: PayloadTemplate("{series}"))) { XCTAssertTrue("\($0)".contains("ean13"), "\($0)") }
    }

    /// With a barcode, every glyph and every symbol with its quiet zone stays inside the safe area, and no text enters a quiet zone;
    /// presets too small for a symbology fail naming the tag and the preset.
    func testBarcodesAndTextStayInsideTheSafeArea() throws {
        let catalog = try TagFixture.catalog()
        let order = try TagOrder(series: catalog.series, serialStart: 1)
        var placedOn: Set<String> = []
        for preset in try TagFixture.presets().presets(ofKinds: [.sheet, .roll]) {
            let portrait = preset.label.height > preset.label.width
            let vertical = (preset.direction == .along) == portrait
            for symbology in Symbology.allCases {
                let code = try barcode(symbology)
                let sheet = try TagSheet(order: order, preset: preset, barcode: code)
                let pages: [Page]
                do { pages = try TagFixture.pages(sheet) } catch {
                    let message = "\(error)"
                    XCTAssertTrue(message.contains(preset.name) && message.contains(" lead "), message)
                    continue
                }
                placedOn.insert("\(preset.name) \(symbology.rawValue)")
                let grid = LabelGrid(preset: preset)
                for (pageIndex, page) in pages.enumerated() {
                    let items = page.placedItems
                    for position in 0..<grid.count {
                        guard let index = sheet.tagIndex(page: pageIndex, position: position) else { continue }
                        let origin = grid.origin(of: position)
                        let safe = preset.safeArea.offsetBy(dx: origin.x, dy: origin.y)
                        let label = grid.rect(of: position)
                        let symbol = try BarcodeEncoder.encode(code.payload(for: order.tag(at: index)), as: symbology)
                        let shapes = symbolShapes(page).filter { label.contains($0.bounds) }
                        XCTAssertFalse(shapes.isEmpty, "\(preset.name) \(symbology): no symbol on tag \(index)")
                        let texts = items.filter { $0.text != nil && label.intersects($0.bounds) }
                        for text in texts {
                            XCTAssertTrue(safe.contains(text.bounds, tolerance: .pt(0.01)), "\(preset.name) \(symbology): '\(text.text!)' outside the safe area")
                        }
                        for shape in shapes {
                            let along = vertical ? shape.bounds.height : shape.bounds.width
                            let quiet = along / symbol.widthModules * symbology.quietZoneModules
                            let zone = symbology.isLinear
                                ? (vertical ? shape.bounds.inset(top: -quiet, bottom: -quiet) : shape.bounds.inset(left: -quiet, right: -quiet))
                                : shape.bounds.inset(by: -quiet)
                            XCTAssertTrue(safe.contains(zone, tolerance: .pt(0.01)), "\(preset.name) \(symbology): quiet zone \(zone) outside \(safe)")
                            for text in texts where text.bounds.intersects(zone) {
                                XCTFail("\(preset.name) \(symbology): '\(text.text!)' enters the quiet zone")
                            }
                        }
                    }
                }
            }
        }
        for expected in ["avery-5160 code128", "avery-5160 datamatrix", "avery-5160 qr", "avery-l7160 code128", "avery-l7160 qr", "brother-hse-8.8mm datamatrix",
                         "brother-hse-11.7mm qr"] {
            XCTAssertTrue(placedOn.contains(expected), "\(expected) should carry its code")
        }
    }

    /// The barcode shapes of a page: black fills of many rectangles (a swatch is one rounded rectangle).
    private func symbolShapes(_ page: Page) -> [PlacedItem] {
        page.placedItems.filter {
            if case .shape(let shape) = $0.item { return shape.fill == .black && shape.stroke == nil && shape.path.elements.count > 40 }
            return false
        }
    }
}
