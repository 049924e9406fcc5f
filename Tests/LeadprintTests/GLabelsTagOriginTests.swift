import Foundation
import TestSupport
import XCTest

/// Tags printed on gLabels templates: label outlines read back from the PDF sit where gLabels' layout rule puts them,
/// and text on a round label stays inside its circle.
final class GLabelsTagOriginTests: XCTestCase {
    private static let inch = 72.0, mm = 72.0 / 25.4

    /// One gLabels Layout, typed in here from the template file in points.
    private struct Layout { var nx: Int, ny: Int, x0: Double, y0: Double, dx: Double, dy: Double }
    private struct Expected { var name: String, width: Double, height: Double, layouts: [Layout] }

    /// Ten templates across vendors, units (in, mm, bare points, an empty x0), label kinds, aliases and several layouts.
    private static let templates: [Expected] = {
        let i = inch, m = mm
        return [
            Expected(name: "Avery 5160", width: 2.625 * i, height: 1 * i, layouts: [Layout(nx: 3, ny: 10, x0: 0.15625 * i, y0: 0.5 * i, dx: 2.78125 * i, dy: 1 * i)]),
            // An alias of an alias (Herma 4608 = 4102), in bare points.
            Expected(name: "Herma 4608", width: 136.913, height: 72, layouts: [Layout(nx: 4, ny: 11, x0: 24.0945, y0: 24.0945, dx: 136.913, dy: 72)]),
            // x0="" reads as 0, as gLabels reads it.
            Expected(name: "Zweckform 3490", width: 198.425, height: 102.047, layouts: [Layout(nx: 3, ny: 8, x0: 0, y0: 12.557, dx: 198.425, dy: 102.047)]),
            Expected(name: "Avery 5193", width: 1.625 * i, height: 1.625 * i, layouts: [Layout(nx: 4, ny: 6, x0: 0.4157 * i, y0: 0.549 * i, dx: 2.0145 * i, dy: 1.6554 * i)]),
            Expected(name: "Begalabel V-200", width: 2 * i, height: 1 * i, layouts: [Layout(nx: 3, ny: 9, x0: 1 * i, y0: 0.5 * i, dx: 2.25 * i, dy: 1.125 * i)]),
            Expected(name: "Online Labels OL320 (round)", width: 5.5 * i, height: 5.5 * i, layouts: [
                Layout(nx: 1, ny: 1, x0: 0.25 * i, y0: 0.25 * i, dx: 5.5 * i, dy: 5.5 * i), Layout(nx: 1, ny: 1, x0: 2.75 * i, y0: 5.25 * i, dx: 5.5 * i, dy: 5.5 * i)]),
            Expected(name: "Rayfilm CD06 (box)", width: 7 * m, height: 119 * m, layouts: [
                Layout(nx: 3, ny: 1, x0: 15.5 * m, y0: 15 * m, dx: 7 * m, dy: 119 * m), Layout(nx: 3, ny: 1, x0: 173.5 * m, y0: 15 * m, dx: 7 * m, dy: 119 * m),
                Layout(nx: 3, ny: 1, x0: 15.5 * m, y0: 163 * m, dx: 7 * m, dy: 119 * m), Layout(nx: 3, ny: 1, x0: 173.5 * m, y0: 163 * m, dx: 7 * m, dy: 119 * m)]),
            Expected(name: "Dymo 11352", width: 25 * m, height: 54 * m, layouts: [Layout(nx: 1, ny: 1, x0: 0, y0: 0, dx: 25 * m, dy: 54 * m)]),
            Expected(name: "Worldlabel WL-157", width: 3.4375 * i, height: 0.9375 * i, layouts: [Layout(nx: 2, ny: 9, x0: 0.49755 * i, y0: 0.51125 * i, dx: 4.0674 * i, dy: 1.13 * i)]),
            // Avery L7160 = 7160, in bare points.
            Expected(name: "Avery L7160", width: 181.4, height: 108, layouts: [Layout(nx: 3, ny: 7, x0: 21.2, y0: 43.9, dx: 187.2, dy: 108)]),
        ]
    }()

    private let systemOnly = ["LEADPRINT_GLABELS_FOLDERS": "/usr/share/libglabels-3.0/templates"]
    private static let outlineGrey = 128.0 / 255

    private func outlines(_ name: String, in folder: URL) throws -> (pdf: URL, boxes: [PDFStrokes.Box]) {
        let target = folder.appendingPathComponent("\(name).pdf")
        let result = try Tool.leadprint(["tags", "--series", "VALUE", "--preset", "glabels:\(name)", "--outlines", "-o", target.path], environment: systemOnly)
        XCTAssertEqual(result.status, 0, "\(name): \(result.stderr)")
        let boxes = try PDFStrokes.boxes(in: target, page: 1).filter { $0.stroke.allSatisfy { abs($0 - Self.outlineGrey) < 1e-5 } }
        return (target, boxes)
    }

    func testLabelOriginsInThePDFFollowGLabelsLayoutRule() throws {
        let folder = try Tool.temporaryFolder()
        let tolerance = 0.001 * Self.mm
        for t in Self.templates {
            let (_, boxes) = try outlines(t.name, in: folder)
            var expected: [(Double, Double)] = []
            for l in t.layouts {
                for j in 0..<l.ny { for i in 0..<l.nx { expected.append((l.x0 + Double(i) * l.dx, l.y0 + Double(j) * l.dy)) } }
            }
            XCTAssertEqual(boxes.count, expected.count, t.name)
            let sortedExpected = expected.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
            let sortedFound = boxes.sorted { abs($0.minY - $1.minY) > tolerance ? $0.minY < $1.minY : $0.minX < $1.minX }
            for (e, b) in zip(sortedExpected, sortedFound) {
                XCTAssertEqual(b.minX, e.0, accuracy: tolerance, "\(t.name) label at \(e)")
                XCTAssertEqual(b.minY, e.1, accuracy: tolerance, "\(t.name) label at \(e)")
                XCTAssertEqual(b.width, t.width, accuracy: 2 * tolerance, "\(t.name) label at \(e)")
                XCTAssertEqual(b.height, t.height, accuracy: 2 * tolerance, "\(t.name) label at \(e)")
            }
        }
    }

    /// Avery 5193: round labels of radius 0.8125 in with a 0.0625 in markup margin.
    func testTextOnRoundLabelsStaysInsideTheCircleLessItsMargin() throws {
        let folder = try Tool.temporaryFolder()
        let (pdf, circles) = try outlines("Avery 5193", in: folder)
        XCTAssertEqual(circles.count, 24)
        let radius = 0.8125 * Self.inch, margin = 0.0625 * Self.inch
        let html = try Tool.run("pdftotext", ["-bbox", "-f", "1", "-l", "1", pdf.path, "-"]).stdout
        let words = html.components(separatedBy: "<word ").dropFirst().map { word -> [Double] in
            ["xMin", "yMin", "xMax", "yMax"].map { key in
                let start = word.range(of: "\(key)=\"")!.upperBound
                return Double(word[start...].prefix { $0 != "\"" })!
            }
        }
        // VALUE has ten leads: ten tags, each with a name, a detail line and a colour code.
        XCTAssertGreaterThanOrEqual(words.count, 40)
        for w in words {
            let cx = (w[0] + w[2]) / 2, cy = (w[1] + w[3]) / 2
            guard let circle = circles.first(where: { cx > $0.minX && cx < $0.maxX && cy > $0.minY && cy < $0.maxY }) else {
                return XCTFail("word at \(w) is on no label")
            }
            let centre = ((circle.minX + circle.maxX) / 2, (circle.minY + circle.maxY) / 2)
            for (x, y) in [(w[0], w[1]), (w[2], w[1]), (w[0], w[3]), (w[2], w[3])] {
                XCTAssertLessThanOrEqual(hypot(x - centre.0, y - centre.1), radius - margin, "a corner of the word box \(w) leaves the circle's margin")
            }
        }
    }
}
