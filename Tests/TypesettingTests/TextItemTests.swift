import DisplayList
import Geometry
@testable import Typesetting
import XCTest

/// A mixed Arabic line with a signal label: levels, visual order and each run's script, direction and font.
final class TextItemTests: XCTestCase {
    // "Connect RS485+ to ground": Arabic words around a Latin signal label.
    private let before = "وصّل "
    private let after = " بالأرض"

    func testAnIsolatedLabelInAnArabicLineIsOneLeftToRightRunBetweenArabicRuns() throws {
        let typesetter = try Typesetter()
        let text = before + TextStyle.isolated("RS485+") + after
        let shaped = try typesetter.shape(text, font: .body, style: TextStyle(language: "ar"))
        XCTAssertTrue(shaped.isRightToLeft)
        // Visual order, left to right: the second Arabic word, the label, the first Arabic word; the isolate controls are dropped.
        XCTAssertEqual(shaped.segments.map(\.text), [after, "RS485+", before])
        XCTAssertEqual(shaped.segments.map(\.level), [1, 2, 1])
        XCTAssertEqual(shaped.segments.map(\.isRightToLeft), [true, false, true])
        XCTAssertEqual(shaped.segments.map(\.script), ["Arab", "Latn", "Arab"])
        XCTAssertTrue(shaped.segments[0].face.path.hasSuffix("NotoSansArabicUI-Regular.ttf"), shaped.segments[0].face.path)
        XCTAssertTrue(shaped.segments[1].face.path.hasSuffix("DejaVuSansCondensed.ttf"), shaped.segments[1].face.path)
        XCTAssertEqual(shaped.segments[2].face, shaped.segments[0].face)
        // The label's glyphs read RS485+ left to right; the Arabic ones run backwards through their text.
        let label = shaped.segments[1].glyphs
        XCTAssertEqual(label.map(\.cluster), [0, 1, 2, 3, 4, 5])
        let arabic = shaped.segments[0].glyphs.map(\.cluster)
        XCTAssertEqual(arabic, arabic.sorted(by: >))
        XCTAssertFalse(shaped.segments.flatMap(\.glyphs).contains { $0.id == 0 })
        // Glyph runs say their direction so the renderer can map clusters backwards.
        let runs = shaped.runs(at: .zero, size: .pt(10), color: .black)
        XCTAssertEqual(runs.map(\.isRightToLeft), [true, false, true])
    }

    func testWithoutIsolationTheBidiRulesMoveThePlusToTheLeft() throws {
        let typesetter = try Typesetter()
        let shaped = try typesetter.shape(before + "RS485+" + after, font: .body, style: TextStyle(language: "ar"))
        // The '+' between the label and Arabic takes the Arabic direction: printed as +RS485. This is why labels are isolated.
        let texts = shaped.segments.map(\.text)
        let label = try XCTUnwrap(texts.firstIndex(of: "RS485"), "\(texts)")
        XCTAssertEqual(shaped.segments[label].level, 2)
        XCTAssertTrue(label > 0 && texts[label - 1].contains("+") && shaped.segments[label - 1].level == 1, "\(texts)")
    }

    func testArabicLettersJoinAcrossTheWholeLine() throws {
        let typesetter = try Typesetter()
        let word = "بالأرض"
        let alone = try typesetter.shape(word, font: .body, style: TextStyle(language: "ar"))
        let isolatedForms = word.unicodeScalars.count
        // Joined Arabic uses contextual forms and the lam-alef ligature: fewer glyphs than letters.
        XCTAssertLessThan(alone.segments[0].glyphs.count, isolatedForms)
        XCTAssertEqual(alone.segments[0].glyphs.first?.cluster, word.utf8.count - "ض".utf8.count)
    }

    func testLatinTextKeepsTheFastPathAtLevelZero() throws {
        XCTAssertFalse(BidiParagraph.needsBidi(Array("ALARM_IN+ · 12 V".unicodeScalars.map(\.value)), direction: .leftToRight))
        XCTAssertFalse(BidiParagraph.needsBidi(Array("中文 MIC+".unicodeScalars.map(\.value)), direction: .auto))
        XCTAssertTrue(BidiParagraph.needsBidi(Array("GND وصّل".unicodeScalars.map(\.value)), direction: .leftToRight))
        XCTAssertTrue(BidiParagraph.needsBidi(Array("GND".unicodeScalars.map(\.value)), direction: .rightToLeft))
    }

    func testLevelsAndVisualOrderComeFromFriBidi() throws {
        let text = "ab " + "وصّل" + " cd"
        let scalars = text.unicodeScalars.map(\.value)
        let paragraph = try BidiParagraph(scalars, direction: .auto, text: text)
        XCTAssertFalse(paragraph.isRightToLeft, "the first strong character is Latin")
        XCTAssertEqual(paragraph.levels, [0, 0, 0, 1, 1, 1, 1, 0, 0, 0])
        let line = try paragraph.reorderLine(0..<scalars.count)
        // The Arabic letters are reversed in place; the shadda (a non-spacing mark) stays after its letter (FRIBIDI_FLAG_REORDER_NSM).
        XCTAssertEqual(line.visualPosition, [0, 1, 2, 6, 4, 5, 3, 7, 8, 9])
        // A number after Arabic is an Arabic number (W2) and its brackets pair (N0): " (1)" is right to left, the digit one level up.
        let number = "ab " + "وصّل" + " (1)"
        let numbered = try BidiParagraph(number.unicodeScalars.map(\.value), direction: .auto, text: number)
        XCTAssertEqual(numbered.levels, [0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 1])
        let rtl = try BidiParagraph(scalars, direction: .rightToLeft, text: text)
        XCTAssertTrue(rtl.isRightToLeft)
        XCTAssertEqual(rtl.levels[0], 2)
    }

    func testCommonCharactersTakeTheirNeighboursScript() {
        let scripts = ScriptResolver.scripts(of: "12 中文 (GND) وصّل".unicodeScalars.map(\.value)).map(ScriptResolver.code)
        XCTAssertEqual(Array(scripts[0..<5]), ["Hani", "Hani", "Hani", "Hani", "Hani"])
        XCTAssertEqual(scripts[5], "Hani", "the space before the bracket follows the Han text")
        XCTAssertEqual(Array(scripts[6..<11]), ["Hani", "Latn", "Latn", "Latn", "Hani"], "a closing bracket takes its opening bracket's script")
        XCTAssertEqual(scripts.last, "Arab")
    }

    func testSampleStringsInEveryScriptHaveNoNotdefGlyph() throws {
        let typesetter = try Typesetter()
        let samples: [(String, TextStyle)] = [
            ("Alarm-Eingang: Masse über Öffnerkontakt", TextStyle(language: "de")),
            ("Entrée d'alarme : reliée à la masse", TextStyle(language: "fr")),
            ("Entrada de alarma: señal de tensión", TextStyle(language: "es")),
            ("报警输入 " + TextStyle.isolated("ALARM_IN+") + "：接地", TextStyle(language: "zh-Hans")),
            ("وصّل " + TextStyle.isolated("RS485+") + " بالأرض ١٢ فولت (12 V)", TextStyle(language: "ar")),
        ]
        for (text, style) in samples {
            for font in [FontSpec.body, .heading, .label, .mono] {
                let shaped = try typesetter.shape(text, font: font, style: style)
                XCTAssertFalse(shaped.segments.flatMap(\.glyphs).contains { $0.id == 0 }, "\(text) in \(font)")
                XCTAssertGreaterThan(shaped.advance, 0)
            }
        }
    }

    func testTheShapingCacheIsKeyedByLanguageAndDirection() throws {
        let typesetter = try Typesetter()
        let text = "GND (RS485)"
        let ltr = try typesetter.shape(text, font: .body, style: TextStyle(language: "en"))
        let rtl = try typesetter.shape(text, font: .body, style: TextStyle(language: "ar"))
        XCTAssertEqual(ltr.segments.map(\.level), [0])
        // In a right-to-left paragraph the Latin text is an embedded run, and the paragraph's brackets resolve by it.
        XCTAssertTrue(rtl.isRightToLeft)
        XCTAssertTrue(rtl.segments.allSatisfy { $0.level >= 1 }, "\(rtl.segments.map(\.level))")
        XCTAssertFalse(ltr.isRightToLeft)
    }
}
