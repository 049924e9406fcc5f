import DisplayList
import Geometry
@testable import Typesetting
import XCTest

/// UAX #14 break opportunities from ICU, and the paragraph fitter that wraps at them.
final class LineBreakerTests: XCTestCase {
    /// The text of each line a break list allows, as offsets in Characters.
    private func breaks(_ text: String, language: String = "en") throws -> [Int] {
        try LineBreaker.opportunities(in: text, language: language).map { text.distance(from: text.startIndex, to: $0.index) }
    }

    func testCJKBreaksBetweenIdeographsButNotBeforeClosingPunctuation() throws {
        XCTAssertEqual(try breaks("接线说明", language: "zh-Hans"), [1, 2, 3, 4])
        // No line may start with the ideographic full stop or comma.
        XCTAssertEqual(try breaks("接地。报警，输入", language: "zh-Hans"), [1, 3, 4, 6, 7, 8])
    }

    func testSignalLabelsStayWhole() throws {
        // Debian's old libunibreak allowed MIC|+; current UAX #14 keeps a letter and a following plus together.
        XCTAssertEqual(try breaks("MIC+ GND"), [5, 8])
        XCTAssertEqual(try breaks("ALARM_IN+"), [9])
    }

    func testLatinBreaksAfterSpacesSlashesAndHyphens() throws {
        XCTAssertEqual(try breaks("audio input/output"), [6, 12, 18])
        XCTAssertEqual(try breaks("line-level"), [5, 10])
    }

    func testNoBreakInsideAnIsolatedLabel() throws {
        let text = "connect " + TextStyle.isolated("RS 485/A-") + " here"
        // Inside the isolate the space, the slash and the hyphen would all allow a break: none is used.
        XCTAssertEqual(try breaks(text), [8, 20, 24])
    }

    func testANewlineIsAMandatoryBreak() throws {
        let opportunities = try LineBreaker.opportunities(in: "GND\nMIC", language: "en")
        XCTAssertEqual(opportunities.map(\.mandatory), [true, false])
    }

    func testAChineseParagraphWrapsBetweenIdeographs() throws {
        let typesetter = try Typesetter()
        let text = "报警输入接地说明"
        let size = Length.pt(10)
        // Room for three ideographs (1 em each in Noto Sans CJK) and a bit.
        let box = Rect(x: .zero, y: .zero, width: size * 3.5, height: .pt(200))
        let paragraph = try ParagraphFitter(typesetter: typesetter).fit(
            text, font: .body, style: TextStyle(language: "zh-Hans"), in: box, maximum: size, minimum: size, context: "test")
        XCTAssertEqual(paragraph.lines.map(\.shaped.text), ["报警输", "入接地", "说明"])
        for line in paragraph.lines { XCTAssertLessThanOrEqual(line.lineBounds.maxX.points, box.maxX.points + 1e-9) }
    }

    func testALabelIsNeverSplitEvenWhenTheLineIsFull() throws {
        let typesetter = try Typesetter()
        let text = "connect " + TextStyle.isolated("RS485+/RS485-") + " to the bus"
        let width = try typesetter.shape("connect RS485+/", font: .body).width(at: .pt(10))
        let paragraph = try ParagraphFitter(typesetter: typesetter).fit(
            text, font: .body, in: Rect(x: .zero, y: .zero, width: width, height: .pt(200)), maximum: .pt(10), minimum: .pt(10), context: "test")
        // The first line has room up to the slash, where an unisolated label could break: the label moves down whole.
        XCTAssertEqual(paragraph.lines.map(\.shaped.text), ["connect", TextStyle.isolated("RS485+/RS485-"), "to the bus"])
    }

    func testAnArabicParagraphWrapsInLogicalOrderEachLineRightAligned() throws {
        let typesetter = try Typesetter()
        let words = ["وصل", TextStyle.isolated("RS485+"), "بالمقبس", "ثم", "اختبر", "الخط"]
        let arabic = TextStyle(language: "ar")
        let width = try typesetter.shape(words[0..<3].joined(separator: " "), font: .body, style: arabic).occupiedWidth(at: .pt(10))
        let box = Rect(x: .zero, y: .zero, width: width + .pt(1), height: .pt(200))
        let paragraph = try ParagraphFitter(typesetter: typesetter).fit(
            words.joined(separator: " "), font: .body, style: arabic, in: box, maximum: .pt(10), minimum: .pt(10), context: "test")
        // The first words are on the first line; each line is ordered on its own and starts at the right edge.
        XCTAssertEqual(paragraph.lines.map(\.shaped.text), [words[0..<3].joined(separator: " "), words[3..<6].joined(separator: " ")])
        for line in paragraph.lines {
            XCTAssertEqual(line.lineBounds.maxX.points, box.maxX.points, accuracy: 0.01)
            XCTAssertEqual(line.runs.first?.isRightToLeft, true)
        }
        XCTAssertEqual(paragraph.lines[0].shaped.segments.map(\.text), [" بالمقبس", "RS485+", "وصل "])
    }

    func testAnArabicParagraphIsRightAligned() throws {
        let typesetter = try Typesetter()
        let box = Rect(x: .pt(10), y: .zero, width: .pt(300), height: .pt(100))
        let paragraph = try ParagraphFitter(typesetter: typesetter).fit(
            "وصّل " + TextStyle.isolated("RS485+") + " بالأرض", font: .body, style: TextStyle(language: "ar"), in: box,
            maximum: .pt(10), minimum: .pt(10), context: "test")
        XCTAssertEqual(paragraph.lines.count, 1)
        // Leading is the right edge in a right-to-left paragraph.
        XCTAssertEqual(paragraph.lines[0].lineBounds.maxX.points, box.maxX.points, accuracy: 0.5)
    }
}
