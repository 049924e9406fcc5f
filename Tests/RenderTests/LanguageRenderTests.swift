import DisplayList
import Foundation
import Geometry
import Render
import TestSupport
import Typesetting
import XCTest

/// Text in other scripts drawn to PDF: extracted in logical order, in the faces the typesetter chose.
final class LanguageRenderTests: XCTestCase {
    private func render(_ lines: [(String, FontSpec, TextStyle)], name: String) throws -> URL {
        let typesetter = try Typesetter()
        let fitter = TextFitter(typesetter: typesetter)
        var page = Page(size: Size(width: .pt(400), height: .pt(60 * Double(lines.count) + 40)))
        for (index, (text, font, style)) in lines.enumerated() {
            let box = Rect(x: .pt(20), y: .pt(20 + 60 * Double(index)), width: .pt(360), height: .pt(40))
            for item in try fitter.fit(text, font: font, style: style, in: box, maximum: .pt(20), minimum: .pt(6), context: name).items {
                page.add(item)
            }
        }
        let target = try Tool.temporaryFolder().appendingPathComponent(name + ".pdf")
        _ = try Renderer().render(PageStream([page]), to: target, settings: RenderSettings(format: .pdf))
        return target
    }

    func testAnArabicLineWithASignalLabelExtractsInLogicalOrder() throws {
        // "Connect RS485+ to the socket": no lam-alef ligature and no shadda, whose text poppler (not the PDF) misorders.
        let text = "وصل " + TextStyle.isolated("RS485+") + " بالمقبس"
        let target = try render([(text, .body, TextStyle(language: "ar"))], name: "arabic")
        // pdftotext wraps what it reads in its own embedding marks (RLE, LRE … PDF) and places the spaces around an LTR
        // word in an RTL line by its own layout rules (both spaces are in the PDF's text); the letters and their order
        // are what the PDF decides: every character in logical order, the label reading RS485+.
        let extracted = try Tool.pdfText(target).unicodeScalars.filter { !(0x202A...0x202E).contains($0.value) && !$0.properties.isWhitespace }
        XCTAssertEqual(String(String.UnicodeScalarView(extracted)), "وصل" + "RS485+" + "بالمقبس")
        let fonts = try Tool.run("pdffonts", [target.path]).stdout
        XCTAssertTrue(fonts.contains("NotoSansArabicUI-Regular") && fonts.contains("DejaVuSansCondensed"), fonts)
    }

    func testBoldChineseHeadingsComeFromTheBoldCJKFace() throws {
        let target = try render([("接线说明 " + TextStyle.isolated("ALARM_IN+"), .heading, TextStyle(language: "zh-Hans")),
                                 ("报警输入接地", .body, TextStyle(language: "zh-Hans"))], name: "chinese")
        let extracted = try Tool.pdfText(target)
        XCTAssertTrue(extracted.contains("接线说明 ALARM_IN+") && extracted.contains("报警输入接地"), extracted)
        let fonts = try Tool.run("pdffonts", [target.path]).stdout
        // The heading's Han glyphs from the bold face, the body's from the regular one; never a synthetic or regular bold.
        XCTAssertTrue(fonts.contains("NotoSansCJKsc-Bold"), fonts)
        XCTAssertTrue(fonts.contains("NotoSansCJKsc-Regular"), fonts)
        XCTAssertTrue(fonts.contains("DejaVuSansCondensed-Bold"), fonts)
    }
}
