import Foundation
import Geometry
@testable import Layout
import XCTest

/// The gLabels template reader on small files written here: units, label kinds, layouts, aliases and bad input.
final class GLabelsTemplateReaderTests: XCTestCase {
    private func read(_ xml: String) throws -> GLabelsTemplateReader {
        try GLabelsTemplateReader(data: Data(xml.utf8), fileName: "test-templates.xml")
    }

    func testEveryUnitOfTheDTDAndBarePoints() {
        let cases: [(String, Double)] = [("72pt", 72), ("1in", 72), ("25.4mm", 72), ("2.54cm", 72), ("6pc", 72), ("72", 72),
                                         ("0 pt", 0), ("1.5E1pt", 15), ("-3mm", -3 * 72 / 25.4), ("1IN", 72)]
        for (text, points) in cases {
            let reading = GLabelsLength.read(text)
            XCTAssertNil(reading.assumption, text)
            XCTAssertEqual(reading.length.points, points, accuracy: 1e-9, text)
        }
        // libglabels reads a value without a number as 0 and an unknown unit as points; both are flagged.
        XCTAssertEqual(GLabelsLength.read("in").length, .zero)
        XCTAssertNotNil(GLabelsLength.read("in").assumption)
        XCTAssertEqual(GLabelsLength.read("").length, .zero)
        XCTAssertEqual(GLabelsLength.read("5px").length.points, 5, accuracy: 1e-12)
        XCTAssertNotNil(GLabelsLength.read("5px").assumption)
    }

    func testRectangleRoundEllipseAndCDWithTheirFields() throws {
        let reader = try read("""
        <?xml version="1.0"?>
        <Glabels-templates xmlns="http://glabels.org/xmlns/3.0/">
          <Template brand="Acme" part="R1" size="A4" _description="Rect">
            <Meta category="label"/>
            <!-- Counts in hex and octal, as the DTD allows: nx 2, ny 3. -->
            <Label-rectangle id="0" width="2in" height="1cm" round="3pt" x_waste="1pt" y_waste="2pt">
              <Markup-margin size="1mm"/>
              <Layout nx="0x2" ny="03" x0="1pc" y0="5mm" dx="2.1in" dy="11mm"/>
            </Label-rectangle>
          </Template>
          <Template brand="Acme" part="C1" size="US-Letter" description="Round">
            <Label-round id="0" radius="0.5in" waste="3pt">
              <Layout nx="1" ny="1" x0="1in" y0="1in" dx="0" dy="0"/>
              <Layout nx="2" ny="1"
                      x0="1in" y0="3in" dx="2in" dy="0"/>
            </Label-round>
          </Template>
          <Template brand="Acme" part="E1" size="Other" width="100mm" height="50mm">
            <Label-ellipse id="0" width="80mm" height="40mm" waste="1mm">
              <Layout nx="1" ny="1" x0="10mm" y0="5mm" dx="80mm" dy="40mm"/>
            </Label-ellipse>
          </Template>
          <Template brand="Acme" part="D1" size="A4">
            <Label-cd id="0" radius="58.5mm" hole="20mm" waste="1mm">
              <Layout nx="1" ny="2" x0="46.5mm" y0="20mm" dx="0" dy="140mm"/>
            </Label-cd>
          </Template>
          <Template brand="Acme" part="R2" equiv="R1"/>
        </Glabels-templates>
        """)
        XCTAssertEqual(reader.problems, [])
        XCTAssertEqual(reader.warnings, [])
        XCTAssertEqual(reader.templates.map(\.part), ["R1", "C1", "E1", "D1", "R2"])
        let r = reader.templates[0]
        XCTAssertEqual(r.brand, "Acme")
        XCTAssertEqual(r.description, "Rect")
        XCTAssertEqual(r.paperID, "A4")
        XCTAssertEqual(r.line, 3)
        XCTAssertEqual(r.markupMargin?.points ?? 0, 72 / 25.4, accuracy: 1e-9)
        guard case .rectangle(let w, let h, let round, let xw, let yw) = r.label else { return XCTFail("not a rectangle") }
        XCTAssertEqual(w.points, 144, accuracy: 1e-9)
        XCTAssertEqual(h.points, 72 / 2.54, accuracy: 1e-9)
        XCTAssertEqual([round.points, xw.points, yw.points], [3, 1, 2])
        XCTAssertEqual(r.layouts.count, 1)
        let g = r.layouts[0]
        XCTAssertEqual([g.columns, g.rows], [2, 3])
        XCTAssertEqual(g.x0.points, 12, accuracy: 1e-9)
        XCTAssertEqual(g.y0.points, 5 * 72 / 25.4, accuracy: 1e-9)
        XCTAssertEqual(g.dx.points, 2.1 * 72, accuracy: 1e-9)

        let c = reader.templates[1]
        XCTAssertEqual(c.description, "Round")
        XCTAssertEqual(c.label, .round(radius: .pt(36), waste: .pt(3)))
        XCTAssertEqual(c.layouts.map(\.count), [1, 2])
        XCTAssertNil(c.markupMargin)

        let e = reader.templates[2]
        XCTAssertEqual(e.pageSize?.width.points ?? 0, 100 * 72 / 25.4, accuracy: 1e-9)
        guard case .ellipse(let ew, let eh, _) = e.label else { return XCTFail("not an ellipse") }
        XCTAssertEqual(ew.millimetres, 80, accuracy: 1e-9)
        XCTAssertEqual(eh.millimetres, 40, accuracy: 1e-9)

        guard case .cd(let radius, let hole, nil, nil, _) = reader.templates[3].label else { return XCTFail("not a CD") }
        XCTAssertEqual(radius.millimetres, 58.5, accuracy: 1e-9)
        XCTAssertEqual(hole.millimetres, 20, accuracy: 1e-9)

        XCTAssertEqual(reader.templates[4].equiv, "R1")
        XCTAssertNil(reader.templates[4].label)
    }

    func testMalformedFileFailsWithItsLine() {
        XCTAssertThrowsError(try read("""
        <?xml version="1.0"?>
        <Glabels-templates>
          <Template brand="Acme" part="R1" size="A4">
            <Label-rectangle id="0" width="2in" height="1in">
              <Layout nx="2" ny="3" x0="0" y0="0" dx="2in" dy="1in"/>
            </Label-round>
          </Template>
        </Glabels-templates>
        """)) { error in
            guard case .malformedTemplateFile(let file, let line, let reason) = error as? LayoutError else { return XCTFail("\(error)") }
            XCTAssertEqual(file, "test-templates.xml")
            XCTAssertEqual(line, 6, reason)
            XCTAssertEqual(reason, "XML syntax: a closing tag does not match the open element (libxml2 error 76)")
        }
    }

    func testABadTemplateIsLeftOutWithItsLineAndTheRestLoad() throws {
        let reader = try read("""
        <Glabels-templates>
          <Template brand="Acme" part="OK1" size="A4">
            <Label-rectangle id="0" width="2in" height="1in"><Layout nx="1" ny="1" x0="0" y0="0" dx="0" dy="0"/></Label-rectangle>
          </Template>
          <Template brand="Acme" part="BAD" size="A4">
            <Label-rectangle id="0" width="2in" height="1in">
              <Layout nx="two" ny="1" x0="0" y0="0" dx="0" dy="0"/>
            </Label-rectangle>
          </Template>
          <Template brand="Acme" part="NOLAYOUT" size="A4">
            <Label-round id="0" radius="-1in"><Layout nx="1" ny="1"/></Label-round>
          </Template>
          <Template brand="Acme" part="OK2" size="A4">
            <Label-rectangle id="0" width="2in" height="1in" round="in"><Layout nx="1" ny="1" x0="" y0="0" dx="0" dy="0"/></Label-rectangle>
          </Template>
        </Glabels-templates>
        """)
        XCTAssertEqual(reader.templates.map(\.part), ["OK1", "OK2"])
        XCTAssertEqual(reader.problems, [
            .invalidTemplate(file: "test-templates.xml", line: 7, template: "Acme BAD", field: "Layout nx", reason: "must be a whole number greater than zero ('two')"),
            .invalidTemplate(file: "test-templates.xml", line: 11, template: "Acme NOLAYOUT", field: "Label-round radius", reason: "must be greater than zero ('-1in')"),
        ])
        XCTAssertEqual(reader.warnings.count, 2)
        XCTAssertEqual(reader.warnings.first, .templateValueAssumed(file: "test-templates.xml", line: 14, template: "Acme OK2", field: "Label-rectangle round",
                                                                    value: "in", assumption: "no number: read as 0, as gLabels does"))
    }

    func testAFileOfAnotherKindIsRejected() {
        XCTAssertThrowsError(try read("<Glabels-paper-sizes/>")) { error in
            guard case .malformedTemplateFile(_, 1, _) = error as? LayoutError else { return XCTFail("\(error)") }
        }
    }
}
