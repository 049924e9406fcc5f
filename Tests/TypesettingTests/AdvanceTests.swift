import CFreeType
import DisplayList
import Geometry
import Typesetting
import XCTest

/// Checks shaped advances against the font's own metrics, read independently with FreeType.
final class AdvanceTests: XCTestCase {
    /// Unscaled horizontal advances (font units) and units per em of the characters, from the font's hmtx table.
    private func fontAdvances(_ face: FontFace, _ text: String) throws -> (advances: [Double], unitsPerEm: Double) {
        var library: FT_Library?
        XCTAssertEqual(FT_Init_FreeType(&library), 0)
        defer { FT_Done_FreeType(library) }
        var ftFace: FT_Face?
        XCTAssertEqual(FT_New_Face(library, face.path, FT_Long(face.index), &ftFace), 0)
        let f = try XCTUnwrap(ftFace)
        defer { FT_Done_Face(f) }
        var advances: [Double] = []
        for scalar in text.unicodeScalars {
            let glyph = FT_Get_Char_Index(f, FT_ULong(scalar.value))
            XCTAssertEqual(FT_Load_Glyph(f, glyph, Int32(FT_LOAD_NO_SCALE)), 0)
            advances.append(Double(f.pointee.glyph.pointee.advance.x))
        }
        return (advances, Double(f.pointee.units_per_EM))
    }

    func testAdvancesEqualTheFontsMetricsScaledToTheSize() throws {
        let typesetter = try Typesetter()
        // Letters with no kerning pair between them in DejaVu, so shaping must reproduce hmtx exactly.
        let text = "GND"
        let shaped = try typesetter.shape(text, font: .label)
        let (advances, upem) = try fontAdvances(try typesetter.face(for: .label), text)
        let glyphs = shaped.segments[0].glyphs
        XCTAssertEqual(glyphs.count, advances.count)
        for index in advances.indices {
            XCTAssertEqual(glyphs[index].x, advances[..<index].reduce(0, +) / upem, accuracy: 1e-9, "glyph \(index) position")
        }
        XCTAssertEqual(shaped.advance, advances.reduce(0, +) / upem, accuracy: 1e-9)
        XCTAssertEqual(shaped.width(at: .pt(12)).points, 12 * advances.reduce(0, +) / upem, accuracy: 1e-9)
        let runs = shaped.runs(at: Point(x: .pt(100), y: .pt(50)), size: .pt(12), color: .black)
        XCTAssertEqual(runs[0].glyphs[2].x.points, 12 * (advances[0] + advances[1]) / upem, accuracy: 1e-9)
    }
}
