import DisplayList
import Geometry
import Typesetting
import XCTest

final class TextFitterTests: XCTestCase {
    private var fitter: TextFitter!

    override func setUpWithError() throws { fitter = TextFitter(typesetter: try Typesetter()) }

    func testShortTextTakesTheMaximumSize() throws {
        let box = Rect(x: .pt(10), y: .pt(10), width: .pt(200), height: .pt(40))
        let fitted = try fitter.fit("GND", font: .label, in: box, maximum: .pt(14), minimum: .pt(6), context: "test")
        XCTAssertEqual(fitted.size.points, 14, accuracy: 1e-9)
        XCTAssertTrue(box.contains(fitted.inkBounds))
    }

    func testLongTextShrinksToTheBoxWidth() throws {
        let box = Rect(x: .zero, y: .zero, width: .pt(60), height: .pt(40))
        let fitted = try fitter.fit("ALARMIN_GND", font: .label, in: box, maximum: .pt(14), minimum: .pt(4), context: "test")
        XCTAssertLessThan(fitted.size.points, 14)
        XCTAssertTrue(box.contains(fitted.inkBounds), "\(fitted.inkBounds) outside \(box)")
        XCTAssertTrue(box.contains(fitted.lineBounds), "\(fitted.lineBounds) outside \(box)")
    }

    func testAlignmentIsKeptWhenShrinking() throws {
        let box = Rect(x: .pt(100), y: .zero, width: .pt(60), height: .pt(40))
        let right = try fitter.fit("ALARMIN_GND", font: .label, in: box, maximum: .pt(14), minimum: .pt(4), horizontal: .trailing, context: "test")
        let centre = try fitter.fit("GND", font: .label, in: box, maximum: .pt(14), minimum: .pt(4), horizontal: .center, context: "test")
        XCTAssertEqual(right.lineBounds.maxX.points, box.maxX.points, accuracy: 0.5)
        XCTAssertEqual(centre.lineBounds.midX.points, box.midX.points, accuracy: 0.5)
    }

    func testTooLongForTheMinimumFailsNamingTextAndPlace() throws {
        let box = Rect(x: .zero, y: .zero, width: .pt(20), height: .pt(10))
        XCTAssertThrowsError(try fitter.fit("LINEOUT_GND", font: .label, in: box, maximum: .pt(10), minimum: .pt(6), context: "tag 3 on avery-5160")) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("LINEOUT_GND"), message)
            XCTAssertTrue(message.contains("tag 3 on avery-5160"), message)
        }
    }

    func testRunsCarryTextAndPositions() throws {
        let box = Rect(x: .pt(10), y: .pt(20), width: .pt(200), height: .pt(20))
        let fitted = try fitter.fit("RS485+", font: .label, in: box, maximum: .pt(10), minimum: .pt(6), vertical: .top, context: "test")
        XCTAssertEqual(fitted.runs.count, 1)
        XCTAssertEqual(fitted.runs[0].text, "RS485+")
        XCTAssertEqual(fitted.runs[0].origin.x.points, 10, accuracy: 0.5)
        XCTAssertEqual(fitted.lineBounds.minY.points, 20, accuracy: 1e-9)
    }
}

final class ParagraphFitterTests: XCTestCase {
    func testWrapsAtSpacesInsideTheBox() throws {
        let fitter = ParagraphFitter(typesetter: try Typesetter())
        let box = Rect(x: .pt(10), y: .pt(10), width: .pt(90), height: .pt(60))
        let text = "Ground is used only when there is a need to ground the alarm output circuit."
        let paragraph = try fitter.fit(text, font: .body, in: box, maximum: .pt(9), minimum: .pt(5), context: "test")
        XCTAssertGreaterThan(paragraph.lines.count, 1)
        XCTAssertEqual(paragraph.lines.map(\.shaped.text).joined(separator: " "), text)
        for line in paragraph.lines { XCTAssertTrue(box.contains(line.lineBounds), "\(line.lineBounds) outside \(box)") }
    }

    func testFailsWhenAWordCannotFitAtTheMinimum() throws {
        let fitter = ParagraphFitter(typesetter: try Typesetter())
        let box = Rect(x: .zero, y: .zero, width: .pt(20), height: .pt(100))
        XCTAssertThrowsError(try fitter.fit("Microphone", font: .body, in: box, maximum: .pt(9), minimum: .pt(7), context: "card row 3")) { error in
            XCTAssertTrue("\(error)".contains("card row 3"), "\(error)")
        }
    }
}
