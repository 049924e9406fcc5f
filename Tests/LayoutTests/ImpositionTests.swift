import Geometry
import Layout
import XCTest

final class ImpositionTests: XCTestCase {
    let cr80 = Size(width: .mm(85.6), height: .mm(53.98))
    let letter = Size(width: .inch(8.5), height: .inch(11))
    let a4 = Size(width: .mm(210), height: .mm(297))

    /// Cards per sheet from the geometry alone: each card with its bleed, inside the printer margin less room for marks, upright or turned.
    private func expectedCount(_ sheet: Size, bleed: Length, margin: Length = .mm(5)) -> Int {
        let style = CropMarks.Style()
        let reach = style.offset(bleed: bleed) - bleed + style.length
        let w = sheet.width - (margin + reach) * 2, h = sheet.height - (margin + reach) * 2
        func n(_ a: Length, _ b: Length) -> Int { Int((w / (a + bleed * 2)).rounded(.down)) * Int((h / (b + bleed * 2)).rounded(.down)) }
        return max(n(cr80.width, cr80.height), n(cr80.height, cr80.width))
    }

    func testCR80CountsOnLetterAndA4MatchTheGeometry() throws {
        let onLetter = try Imposition.sheet(letter, trim: cr80, bleed: .mm(3))
        XCTAssertEqual(onLetter.count, expectedCount(letter, bleed: .mm(3)))
        XCTAssertEqual(onLetter.count, 8)
        XCTAssertFalse(onLetter.rotated)
        XCTAssertEqual([onLetter.columns, onLetter.rows], [2, 4])
        let onA4 = try Imposition.sheet(a4, trim: cr80, bleed: .mm(3))
        XCTAssertEqual(onA4.count, expectedCount(a4, bleed: .mm(3)))
        XCTAssertEqual(onA4.count, 9)
        XCTAssertTrue(onA4.rotated, "three upright columns of three fit A4 only with the cards turned")
        // Without bleed the cards share cuts and more fit.
        XCTAssertEqual(try Imposition.sheet(a4, trim: cr80, bleed: .zero).count, expectedCount(a4, bleed: .zero))
        XCTAssertGreaterThan(try Imposition.sheet(a4, trim: cr80, bleed: .zero).count, 9)
    }

    func testSlotsSitInsideThePrinterMarginWithoutOverlapping() throws {
        for sheet in [letter, a4] {
            let imposition = try Imposition.sheet(sheet, trim: cr80, bleed: .mm(3))
            let printable = Rect(origin: .zero, size: sheet).inset(by: .mm(5))
            for (i, slot) in imposition.slots.enumerated() {
                XCTAssertTrue(printable.contains(slot.bleedBox))
                XCTAssertEqual(slot.bleedBox.width.points, slot.trim.width.points + Length.mm(6).points, accuracy: 1e-6)
                // The card's trim corners map onto the slot's trim box.
                let mapped = slot.transform.apply(Rect(origin: .zero, size: cr80))
                XCTAssertEqual(mapped.minX.points, slot.trim.minX.points, accuracy: 1e-6)
                XCTAssertEqual(mapped.maxY.points, slot.trim.maxY.points, accuracy: 1e-6)
                for other in imposition.slots[(i + 1)...] { XCTAssertFalse(slot.bleedBox.intersects(other.bleedBox)) }
            }
        }
    }

    func testCropMarksLieOutsideEveryBleedAndInsideThePrinterMargin() throws {
        for sheet in [letter, a4] {
            let imposition = try Imposition.sheet(sheet, trim: cr80, bleed: .mm(3))
            let marks = imposition.cropMarks
            XCTAssertEqual(marks.lines.count, 2 * (2 * imposition.columns) + 2 * (2 * imposition.rows))
            let printable = Rect(origin: .zero, size: sheet).inset(by: .mm(5))
            for line in marks.lines {
                let length = hypot(line.end.x.points - line.start.x.points, line.end.y.points - line.start.y.points)
                XCTAssertEqual(length, Length.mm(6).points, accuracy: 1e-6)
                XCTAssertTrue(printable.contains(line.start) && printable.contains(line.end))
                let markBox = Rect(x: min(line.start.x, line.end.x), y: min(line.start.y, line.end.y),
                                   width: abs(line.end.x.points - line.start.x.points) < 1e-9 ? .pt(0.001) : .pt(abs(line.end.x.points - line.start.x.points)),
                                   height: abs(line.end.y.points - line.start.y.points) < 1e-9 ? .pt(0.001) : .pt(abs(line.end.y.points - line.start.y.points)))
                for slot in imposition.slots {
                    XCTAssertFalse(slot.bleedBox.intersects(markBox), "mark \(line) reaches into the bleed of \(slot.trim)")
                }
                // Every mark lies on a trim line extended.
                let onTrimLine = imposition.slots.contains { slot in
                    [slot.trim.minX, slot.trim.maxX].contains { abs($0.points - line.start.x.points) < 1e-6 && abs($0.points - line.end.x.points) < 1e-6 }
                        || [slot.trim.minY, slot.trim.maxY].contains { abs($0.points - line.start.y.points) < 1e-6 && abs($0.points - line.end.y.points) < 1e-6 }
                }
                XCTAssertTrue(onTrimLine, "\(line)")
            }
        }
    }

    func testBacksMirrorFrontsForALongEdgeFlip() throws {
        for sheet in [letter, a4] {
            let imposition = try Imposition.sheet(sheet, trim: cr80, bleed: .mm(3))
            for (front, back) in zip(imposition.slots, imposition.backSlots) {
                // The back's trim box is the front's reflected in the sheet's vertical centre line: column c goes to column (columns - 1 - c).
                XCTAssertEqual(back.trim.minX.points, (sheet.width - front.trim.maxX).points, accuracy: 1e-6)
                XCTAssertEqual(back.trim.minY.points, front.trim.minY.points, accuracy: 1e-6)
                // Front and back of one card meet through the paper: a point of the card on the front lies behind the same point on the back,
                // once the card is turned over around its vertical axis (x becomes width - x).
                for p in [Point(x: .mm(10), y: .mm(5)), Point(x: .mm(80), y: .mm(50))] {
                    let onFront = front.transform.apply(p)
                    let onBack = back.transform.apply(Point(x: cr80.width - p.x, y: p.y))
                    XCTAssertEqual(onBack.x.points, (sheet.width - onFront.x).points, accuracy: 1e-6)
                    XCTAssertEqual(onBack.y.points, onFront.y.points, accuracy: 1e-6)
                }
                // The back is not printed mirror-reversed.
                let t = back.transform
                XCTAssertEqual(t.a * t.d - t.b * t.c, 1, accuracy: 1e-9)
            }
            let columns = imposition.columns
            for (index, back) in imposition.backSlots.enumerated() {
                let mirrored = imposition.slots[(index / columns) * columns + (columns - 1 - index % columns)]
                XCTAssertEqual(back.trim.minX.points, mirrored.trim.minX.points, accuracy: 1e-6)
            }
        }
    }

    func testSingleCardPageIsTrimPlusBleed() {
        let single = Imposition.single(trim: cr80, bleed: .mm(3))
        XCTAssertEqual(single.sheet.width.millimetres, 91.6, accuracy: 1e-9)
        XCTAssertEqual(single.sheet.height.millimetres, 59.98, accuracy: 1e-9)
        XCTAssertTrue(single.cropMarks.lines.isEmpty)
        XCTAssertEqual(single.slots[0].trim.minX.millimetres, 3, accuracy: 1e-9)
    }

    func testASheetTooSmallForOneCardFailsByName() {
        XCTAssertThrowsError(try Imposition.sheet(Size(width: .mm(80), height: .mm(80)), trim: cr80, bleed: .mm(3))) { error in
            XCTAssertTrue("\(error)".contains("does not fit"), "\(error)")
        }
    }
}
