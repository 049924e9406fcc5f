import DisplayList
import Geometry
import Typesetting
import XCTest

final class TypesetterTests: XCTestCase {
    func testResolvesTheDefaultFacesThroughFontconfig() throws {
        let typesetter = try Typesetter()
        XCTAssertTrue(try typesetter.face(for: .label).path.hasSuffix("DejaVuSansCondensed-Bold.ttf"))
        XCTAssertTrue(try typesetter.face(for: .mono).path.hasSuffix("DejaVuSansMono-Bold.ttf"))
    }

    func testMissingFamilyFailsByName() throws {
        let typesetter = try Typesetter()
        XCTAssertThrowsError(try typesetter.face(for: FontSpec(family: "No Such Family 123"))) { error in
            XCTAssertTrue("\(error)".contains("No Such Family 123"), "\(error)")
        }
    }

    func testAdvancesAreHarfBuzzAdvancesScaledToSize() throws {
        let typesetter = try Typesetter()
        let shaped = try typesetter.shape("GND", font: .label)
        XCTAssertEqual(shaped.segments.count, 1)
        let glyphs = shaped.segments[0].glyphs
        XCTAssertEqual(glyphs.count, 3)
        XCTAssertEqual(glyphs.map(\.cluster), [0, 1, 2])
        let advances = zip(glyphs.dropFirst(), glyphs).map { $0.x - $1.x } + [shaped.advance - glyphs[2].x]
        XCTAssertEqual(shaped.width(at: .pt(10)).points, shaped.advance * 10, accuracy: 1e-12)
        XCTAssertEqual(advances.reduce(0, +), shaped.advance, accuracy: 1e-12)
        // Same string, same font: the cached shaping is returned.
        XCTAssertEqual(try typesetter.shape("GND", font: .label), shaped)
    }

    func testKerningAndLigaturesComeFromHarfBuzz() throws {
        let typesetter = try Typesetter()
        let office = try typesetter.shape("office", font: .body)
        // DejaVu forms an "ffi" ligature: fewer glyphs than characters, clusters still cover the text.
        XCTAssertLessThan(office.segments[0].glyphs.count, 6)
        XCTAssertEqual(office.segments[0].glyphs.first?.cluster, 0)
    }

    func testHanInALatinSpecComesFromTheCJKFamilyInTheSameWeight() throws {
        let typesetter = try Typesetter()
        // DejaVu has no CJK: Han is set in the spec's script family, Noto Sans CJK SC, bold like the label.
        let shaped = try typesetter.shape("GND 中", font: .label)
        XCTAssertEqual(shaped.segments.map(\.text), ["GND ", "中"])
        XCTAssertEqual(shaped.segments.map(\.script), ["Latn", "Hani"])
        XCTAssertTrue(shaped.segments[0].face.path.hasSuffix("DejaVuSansCondensed-Bold.ttf"), shaped.segments[0].face.path)
        XCTAssertEqual(shaped.segments[1].face, FontFace(path: "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", index: 2))
        XCTAssertFalse(shaped.segments.flatMap(\.glyphs).contains { $0.id == 0 }, "a .notdef box was produced")
    }

    func testACharacterNoChosenFontHasComesFromAFallbackFontOfTheSameWeight() throws {
        let typesetter = try Typesetter()
        // Ethiopic has no script family and DejaVu lacks it: fontconfig finds a face with the character (fonts-noto-core).
        let bold = try typesetter.shape("GND ሀ", font: .label)
        XCTAssertEqual(bold.segments.map(\.text), ["GND ", "ሀ"])
        XCTAssertTrue(bold.segments[1].face.path.hasSuffix("NotoSansEthiopic-Bold.ttf"), bold.segments[1].face.path)
        let regular = try typesetter.shape("GND ሀ", font: .body)
        XCTAssertTrue(regular.segments[1].face.path.hasSuffix("NotoSansEthiopic-Regular.ttf"), regular.segments[1].face.path)
        XCTAssertFalse((bold.segments + regular.segments).flatMap(\.glyphs).contains { $0.id == 0 }, "a .notdef box was produced")
    }

    func testBoldArabicComesFromTheBoldArabicFaceAndItsLatinFromBoldDejaVu() throws {
        let typesetter = try Typesetter()
        let shaped = try typesetter.shape("وصل " + TextStyle.isolated("RS485+"), font: .heading, style: TextStyle(language: "ar"))
        let faces = Dictionary(shaped.segments.map { ($0.script, $0.face.path) }, uniquingKeysWith: { a, _ in a })
        XCTAssertTrue(faces["Arab"]?.hasSuffix("NotoSansArabicUI-Bold.ttf") ?? false, "\(faces)")
        XCTAssertTrue(faces["Latn"]?.hasSuffix("DejaVuSansCondensed-Bold.ttf") ?? false, "\(faces)")
    }

    func testHanFamilyFollowsTheLanguage() throws {
        let typesetter = try Typesetter()
        let spec = FontSpec.heading
        XCTAssertEqual(spec.family(forScript: "Hani", language: "zh-Hans"), "Noto Sans CJK SC")
        XCTAssertEqual(spec.family(forScript: "Hani", language: "zh-Hant-TW"), "Noto Sans CJK TC")
        XCTAssertEqual(spec.family(forScript: "Hani", language: "ja"), "Noto Sans CJK JP")
        XCTAssertNil(spec.family(forScript: "Latn", language: "de"))
        let japanese = try typesetter.shape("配線", font: spec, style: TextStyle(language: "ja"))
        let chinese = try typesetter.shape("配線", font: spec, style: TextStyle(language: "zh-Hans"))
        // One file holds every CJK design; the language picks the face index in it.
        XCTAssertEqual(japanese.segments[0].face.path, chinese.segments[0].face.path)
        XCTAssertNotEqual(japanese.segments[0].face.index, chinese.segments[0].face.index)
    }

    func testAMissingScriptFamilyFailsByName() throws {
        let typesetter = try Typesetter()
        var spec = FontSpec.body
        spec.scriptFamilies["Arab"] = "No Such Arabic 123"
        XCTAssertThrowsError(try typesetter.shape("GND وصّل", font: spec, style: TextStyle(language: "ar"))) { error in
            XCTAssertTrue("\(error)".contains("No Such Arabic 123"), "\(error)")
        }
    }

    func testAMarkTheBaseFontLacksFailsByNameInsteadOfDrawingABox() throws {
        let typesetter = try Typesetter()
        // A Tamil virama on a Latin letter: the character's font is chosen by its base, DejaVu, which has no virama,
        // so HarfBuzz would return glyph 0 (.notdef) for it.
        XCTAssertThrowsError(try typesetter.shape("GNDa\u{0BCD}", font: .label)) { error in
            XCTAssertTrue("\(error)".contains("U+BCD"), "\(error)")
        }
    }

    func testACharacterNoFontHasFailsByName() throws {
        let typesetter = try Typesetter()
        // U+0378 is unassigned in Unicode, so no font maps it.
        XCTAssertThrowsError(try typesetter.shape("GND\u{0378}", font: .label)) { error in
            XCTAssertTrue("\(error)".contains("U+378"), "\(error)")
        }
    }
}
