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

    /// Black text on black and white text on white cannot be seen: a dashed frame in the other colour shows where they are.
    func testInvisibleTextSamplesAreFramedAndVisibleOnesAreNot() throws {
        for name in ["letter", "a4"] {
            var stream = try sheet(name).pages(typesetter: Typesetter())
            let page = try XCTUnwrap(try stream.collect().first)
            let frames = page.placedItems.compactMap { placed -> (RGBColor, Rect)? in
                guard case .shape(let shape) = placed.item, let stroke = shape.stroke, !stroke.dash.isEmpty else { return nil }
                return (stroke.color, placed.bounds)
            }
            // The bundled palette has one colour of each: Black (black text 1.0:1) and White (white text 1.0:1).
            XCTAssertEqual(frames.map(\.0).sorted { $0.hex < $1.hex }, [.black, .white], name)
            let cells = try sheet(name).cells().flatMap { $0 }
            let black = try XCTUnwrap(cells.first { $0.color.code == "BK" }), white = try XCTUnwrap(cells.first { $0.color.code == "WH" })
            let onBlack = try XCTUnwrap(frames.first { $0.0 == .white }).1, onWhite = try XCTUnwrap(frames.first { $0.0 == .black }).1
            // The frame on black surrounds the left (black text) half; the one on white the right (white text) half.
            XCTAssertTrue(black.swatch.contains(onBlack) && onBlack.maxX <= black.swatch.midX + .pt(0.01), "\(onBlack) in \(black.swatch)")
            XCTAssertTrue(white.swatch.contains(onWhite) && onWhite.minX >= white.swatch.midX - .pt(0.01), "\(onWhite) in \(white.swatch)")
        }
    }
}
