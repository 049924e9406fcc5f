import Foundation
import Geometry
import Layout
import TestSupport
import XCTest

/// Finding sheets across shipped presets and gLabels templates, precedence by part, lazy loading and comparison.
final class PresetSearchTests: XCTestCase {
    private func library() throws -> PresetLibrary {
        let dir = try Tool.temporaryFolder()
        try Data("""
        <Glabels-paper-sizes><Paper-size id="US-Letter" pwg_size="na_letter" width="8.5in" height="11in"/></Glabels-paper-sizes>
        """.utf8).write(to: dir.appendingPathComponent("paper-sizes.xml"))
        try Data("""
        <Glabels-templates>
          <Template brand="Avery" part="5160" size="US-Letter" _description="Address Labels">
            <Label-rectangle id="0" width="2.625in" height="1in" round="0.0625in">
              <Markup-margin size="0.0625in"/>
              <Layout nx="3" ny="10" x0="0.1875in" y0="0.5in" dx="2.75in" dy="1in"/>
            </Label-rectangle>
          </Template>
          <Template brand="Avery" part="5260" equiv="5160"/>
          <Template brand="Avery" part="8960" size="US-Letter" _description="CD labels">
            <Label-cd id="0" radius="2.3125in" hole="0.8125in"><Layout nx="1" ny="2" x0="1.9375in" y0="0.6875in" dx="0" dy="5in"/></Label-cd>
          </Template>
        </Glabels-templates>
        """.utf8).write(to: dir.appendingPathComponent("avery-us-templates.xml"))
        var library = try PresetLibrary.load(folder: Tool.repositoryRoot.appendingPathComponent("Resources/presets"))
        library.gLabels = GLabelsSource(folders: [dir])
        return library
    }

    func testSearchFindsShippedAndGLabelsSheetsAndUnsupportedOnes() throws {
        let found = PresetSearch("5160", in: try library())
        XCTAssertEqual(found.matches.map(\.preset.name), ["avery-5160", "glabels:Avery 5160"])
        XCTAssertEqual(found.matches.map(\.shadowedBy), [nil, "avery-5160"])
        XCTAssertEqual(PresetSearch("address", in: try library()).matches.map(\.preset.name), ["avery-5160", "avery-l7160", "glabels:Avery 5160", "glabels:Avery 5260"])
        XCTAssertEqual(PresetSearch("avery 8960", in: try library()).unsupported.map(\.name), ["glabels:Avery 8960"])
    }

    func testShippedPresetsWinUnlessGLabelsIsNamed() throws {
        let library = try library()
        XCTAssertFalse(library.gLabels!.isLoaded)
        XCTAssertEqual(try library.preset(named: "avery-5160", kinds: [.sheet]).provenance, .presetFile)
        XCTAssertEqual(try library.preset(named: "Avery 5160", kinds: [.sheet]).name, "avery-5160")
        XCTAssertFalse(library.gLabels!.isLoaded, "a shipped name does not read the gLabels database")
        XCTAssertEqual(try library.preset(named: "glabels:Avery 5160", kinds: [.sheet]).provenance, .gLabels)
        XCTAssertEqual(try library.preset(named: "Avery 5260", kinds: [.sheet]).name, "glabels:Avery 5260")
        XCTAssertThrowsError(try library.preset(named: "glabels:Avery 8960", kinds: [.sheet])) { error in
            guard case .unsupportedTemplate(let name, _, let reason) = error as? LayoutError else { return XCTFail("\(error)") }
            XCTAssertEqual(name, "glabels:Avery 8960")
            XCTAssertTrue(reason.contains("CD/DVD"), reason)
        }
        XCTAssertThrowsError(try library.preset(named: "glabels:Avery 9999", kinds: [.sheet])) { error in
            guard case .unknownPreset = error as? LayoutError else { return XCTFail("\(error)") }
        }
    }

    func testComparisonGivesEveryLabelOriginDifference() throws {
        let library = try library()
        let c = PresetComparison(try library.preset(named: "avery-5160", kinds: [.sheet]), try library.preset(named: "glabels:Avery 5160", kinds: [.sheet]))
        XCTAssertEqual(c.labels.count, 30)
        // The shipped preset has gLabels' x0 0.15625 in and pitch 2.78125 in; the file here has Avery's 0.1875 in and 2.75 in.
        let columns = c.labels.prefix(3).map { ($0.difference.x.millimetres * 1000).rounded() / 1000 }
        XCTAssertEqual(columns, [0.794, 0, -0.794])
        XCTAssertTrue(c.labels.allSatisfy { $0.difference.y == .zero })
        XCTAssertEqual(c.mediaDifference, Size(width: .zero, height: .zero))
        XCTAssertEqual(abs(c.largest?.difference.x.millimetres ?? 0), 0.79375, accuracy: 1e-9)
    }
}
