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

final class SwatchSheetTests: XCTestCase {
    private func sheet(_ pageName: String) throws -> SwatchSheet {
        let palette = try Palette.load(from: Tool.repositoryRoot.appendingPathComponent("Resources/palette.yaml"))
        let presets = try PresetLibrary.load(folder: Tool.repositoryRoot.appendingPathComponent("Resources/presets"))
        return SwatchSheet(palette: palette, page: try presets.preset(named: pageName, kinds: [.page]), sourceNote: "test")
    }

    func testEverySwatchSitsInsideTheSafeAreaAndTheyDoNotOverlap() throws {
        for name in ["letter", "a4"] {
            let sheet = try sheet(name)
            let safe = Rect(origin: .zero, size: sheet.page.media).inset(by: sheet.page.safeMargin)
            let cells = sheet.cells().flatMap { $0 }
            XCTAssertEqual(cells.count, sheet.colors.count)
            for (i, a) in cells.enumerated() {
                XCTAssertTrue(safe.contains(a.swatch), "\(a.color.name) outside the safe area on \(name)")
                for b in cells[(i + 1)...] { XCTAssertFalse(a.swatch.intersects(b.swatch), "\(a.color.name) overlaps \(b.color.name)") }
            }
        }
    }

    func testLightColoursAreOutlinedAndDarkOnesAreNot() throws {
        let cells = try sheet("letter").cells().flatMap { $0 }
        let outlined = Dictionary(uniqueKeysWithValues: cells.map { ($0.color.code, $0.outlined) })
        XCTAssertEqual(outlined["WH"], true)
        XCTAssertEqual(outlined["YE"], true)
        XCTAssertEqual(outlined["BK"], false)
        XCTAssertEqual(outlined["BU"], false)
    }

    func testSampledPixelHasThePaletteColour() throws {
        let sheet = try sheet("letter")
        let folder = try Tool.temporaryFolder()
        let target = folder.appendingPathComponent("swatches.png")
        _ = try Renderer().render(sheet.pages(typesetter: Typesetter()), to: target, settings: RenderSettings(format: .png, dpi: 72))
        let image = try XCTUnwrap(PNGImage(target))
        for cell in sheet.cells()[0] {
            // Sample just inside the lower-right corner: clear of the sample text and of the outline.
            let probe = Point(x: cell.swatch.maxX - .mm(4), y: cell.swatch.maxY - .mm(2))
            if !cell.color.isTwoColor {
                XCTAssertEqual(image.pixel(at: probe, dpi: 72), cell.color.base, "\(cell.color.name)")
            }
        }
    }
}
