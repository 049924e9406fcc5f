import Foundation
import Geometry
import Layout
import TestSupport
import XCTest

final class PresetLibraryTests: XCTestCase {
    func testShippedPresetsLoad() throws {
        let library = try PresetLibrary.load(folder: Tool.repositoryRoot.appendingPathComponent("Resources/presets"))
        let letter = try library.preset(named: "letter", kinds: [.page])
        XCTAssertEqual(letter.media.width.points, 612, accuracy: 1e-9)
        XCTAssertEqual(letter.media.height.points, 792, accuracy: 1e-9)
        let a4 = try library.preset(named: "A4", kinds: [.page])
        XCTAssertEqual(a4.media.width.millimetres, 210, accuracy: 1e-9)
    }

    func testUserFileOverridesByName() throws {
        var library = try PresetLibrary.load(folder: Tool.repositoryRoot.appendingPathComponent("Resources/presets"))
        try library.add(yaml: """
        presets:
          - name: letter
            kind: page
            media: {width: 8in, height: 10in}
            source: test
            verified: false
        """, fileName: "mine.yaml")
        XCTAssertEqual(try library.preset(named: "letter", kinds: [.page]).media.width.points, 576, accuracy: 1e-9)
    }

    func testEveryProblemIsReportedWithFileLineAndField() {
        var library = PresetLibrary()
        let yaml = """
        presets:
          - name: bad-sheet
            kind: sheet
            media: {width: 8.5in, height: 11in}
            label: {width: 2.625, height: 1in}
            grid: {columns: 3, rows: 10, x0: 0.15625in, y0: 0.5in, dx: 2.78125in, dy: 1in}
            verified: maybe
            source: test
          - name: bad-kind
            kind: poster
            media: {width: 1in, height: 1in}
        """
        XCTAssertThrowsError(try library.add(yaml: yaml, fileName: "mine.yaml")) { error in
            let lines = "\(error)".split(separator: "\n").map(String.init)
            XCTAssertTrue(lines.contains { $0 == "mine.yaml:5: preset bad-sheet, label.width: expected a length with a unit, like 25.4mm, 1in or 72pt ('2.625')" }, "\(lines)")
            XCTAssertTrue(lines.contains { $0 == "mine.yaml:7: preset bad-sheet, verified: expected true or false ('maybe')" }, "\(lines)")
            XCTAssertTrue(lines.contains { $0.hasPrefix("mine.yaml:10: preset bad-kind, kind: unknown kind; expected one of page, sheet, roll, card ('poster')") }, "\(lines)")
        }
    }

    func testLabelsOffThePageAreRejected() {
        var library = PresetLibrary()
        let yaml = """
        presets:
          - name: too-many
            kind: sheet
            media: {width: 8.5in, height: 11in}
            label: {width: 2.625in, height: 1in}
            grid: {columns: 4, rows: 10, x0: 0.15625in, y0: 0.5in, dx: 2.78125in, dy: 1in}
            source: test
            verified: false
        """
        XCTAssertThrowsError(try library.add(yaml: yaml, fileName: "x.yaml")) { error in
            XCTAssertTrue("\(error)".contains("preset too-many, grid: labels run off"), "\(error)")
        }
    }

    func testUnknownPresetListsTheKnownOnes() throws {
        let library = try PresetLibrary.load(folder: Tool.repositoryRoot.appendingPathComponent("Resources/presets"))
        XCTAssertThrowsError(try library.preset(named: "tabloid", kinds: [.page])) { error in
            XCTAssertTrue("\(error)".contains("letter"), "\(error)")
        }
    }
}
