import DisplayList
import Geometry
import Typesetting
import XCTest

/// Paragraphs measured as they are drawn, in Chinese and Arabic too: no line past its box, no line into the next.
final class ParagraphMeasureTests: XCTestCase {
    /// The Chinese card legend: middle dots and codes between ideographs, each entry isolated so it never breaks.
    static let chineseLegend = "IEC 60757 色码：" + ["BN 棕色", "BK 黑色", "OG 橙色", "GN 绿色", "BU 蓝色", "VT 紫色", "WH 白色", "RD 红色", "GY 灰色", "YE 黄色"]
        .map { TextStyle.firstStrongIsolated($0.replacingOccurrences(of: " ", with: "\u{00A0}")) }.joined(separator: "\u{00A0}· ") + "。带边框的色块表示浅色。"

    func testEveryChineseLineFitsItsBoxAsDrawnAndNoEntryBreaks() throws {
        let typesetter = try Typesetter(defaultStyle: TextStyle(language: "zh-Hans"))
        let fitter = ParagraphFitter(typesetter: typesetter)
        // Widths where the old measure (each piece shaped alone, so a · took the Latin face's width) ran lines past the box.
        for width in stride(from: 120.0, through: 330.0, by: 7.0) {
            let box = Rect(x: .pt(10), y: .pt(10), width: .pt(width), height: .pt(400))
            let paragraph = try fitter.fit(Self.chineseLegend, font: .body, in: box, maximum: .pt(6), minimum: .pt(6), context: "legend")
            XCTAssertGreaterThan(paragraph.lines.count, 1)
            for line in paragraph.lines {
                // The glyph runs as drawn: each run's ink, at its own origin.
                for run in line.runs where !run.glyphs.isEmpty {
                    let ink = run.inkBounds.offsetBy(dx: run.origin.x, dy: run.origin.y)
                    XCTAssertLessThanOrEqual(ink.maxX.points, box.maxX.points + 1e-6, "width \(width): '\(line.shaped.text)' runs past the box")
                }
                for name in ["棕色", "黑色", "白色", "红色", "黄色"] {
                    let text = line.shaped.text
                    XCTAssertFalse(text.hasSuffix(String(name.first!)) && !text.hasSuffix(name), "width \(width): '\(text)' breaks inside \(name)")
                }
                XCTAssertFalse(line.shaped.text.hasPrefix("·"), "width \(width): a line starts with the separator")
            }
        }
    }

    func testArabicLinesArePitchedSoTheirBoxesNeverOverlap() throws {
        let typesetter = try Typesetter(defaultStyle: TextStyle(language: "ar"))
        let text = "مدخل الميكروفون – حسب نوع الميكروفون (مستوى الخط أو مستوى الميكروفون) قد يُستخدم «أرضي مدخل الميكروفون» وقد لا يُستخدم."
        let box = Rect(x: .zero, y: .zero, width: .pt(120), height: .pt(300))
        let paragraph = try ParagraphFitter(typesetter: typesetter).fit(text, font: .body, in: box, maximum: .pt(6), minimum: .pt(6), context: "note")
        XCTAssertGreaterThan(paragraph.lines.count, 2)
        for (above, below) in zip(paragraph.lines, paragraph.lines.dropFirst()) {
            XCTAssertLessThanOrEqual(above.lineBounds.maxY.points, below.lineBounds.minY.points + 1e-6, "'\(above.shaped.text)' runs into the next line")
        }
        for line in paragraph.lines { XCTAssertTrue(box.contains(line.lineBounds, tolerance: .pt(1e-6)), "\(line.lineBounds) outside \(box)") }
    }

    func testAParagraphThatCannotFitIsAFitFailureNotDrawnPastItsBox() throws {
        let typesetter = try Typesetter(defaultStyle: TextStyle(language: "zh-Hans"))
        let box = Rect(x: .zero, y: .zero, width: .pt(100), height: .pt(20))
        XCTAssertThrowsError(try ParagraphFitter(typesetter: typesetter).fit(Self.chineseLegend, font: .body, in: box, maximum: .pt(6), minimum: .pt(6),
                                                                             context: "legend")) { error in
            guard case TypesettingError.doesNotFit = error else { return XCTFail("\(error)") }
        }
    }
}
