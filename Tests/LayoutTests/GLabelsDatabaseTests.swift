import Foundation
import Geometry
@testable import Layout
import TestSupport
import XCTest

/// The gLabels database: Debian's glabels-data as installed by `.ci/setup`, and small folders written here.
final class GLabelsDatabaseTests: XCTestCase {
    private static let system = GLabelsDatabase.systemFolder

    private func installed() throws -> GLabelsDatabase {
        let paper = Self.system.appendingPathComponent("paper-sizes.xml")
        guard FileManager.default.fileExists(atPath: paper.path) else {
            XCTFail("glabels-data is not installed (\(paper.path) missing): run .ci/setup")
            throw CocoaError(.fileNoSuchFile)
        }
        return GLabelsDatabase.load(folders: [Self.system])
    }

    /// Counts of glabels-data 3.4 (Debian 12), taken by counting `<Template` elements by kind with Python's ElementTree.
    func testEveryRectangleRoundAndEllipseTemplateOfGlabelsDataLoads() throws {
        let db = try installed()
        XCTAssertEqual(db.files.count, 35)
        XCTAssertEqual(db.templates.count, 1756)
        XCTAssertEqual(Set(db.templates.map(\.brand)).count, 69)
        var kinds: [String: Int] = [:]
        for t in db.templates {
            let kind: String
            switch t.label {
            case .rectangle: kind = "rectangle"
            case .round: kind = "round"
            case .ellipse: kind = "ellipse"
            case .cd: kind = "cd"
            case nil: kind = "equiv"
            }
            kinds[kind, default: 0] += 1
        }
        XCTAssertEqual(kinds, ["rectangle": 930, "round": 84, "ellipse": 25, "cd": 87, "equiv": 630])
        XCTAssertEqual(db.problems, [])
        // Two values in glabels-data have no number; gLabels reads them as 0 and so does leadprint, saying so.
        XCTAssertEqual(db.warnings.map { if case .templateValueAssumed(_, let line, let t, let field, _, _) = $0 { "\(t) \(field) :\(line)" } else { "\($0)" } },
                       ["Online Labels OL320 (rectangle) Label-rectangle round :1590", "Zweckform 3490 Layout x0 :169"])
        // Every printable base template is a preset under its own name.
        for t in db.templates where t.equiv == nil {
            if case .cd = t.label { continue }
            XCTAssertNotNil(db.preset(named: t.presetName), t.presetName)
        }
        // 1039 printable templates, 571 aliases of them (one through another alias: Herma 10801 = 4608 = 4102).
        XCTAssertEqual(db.presets.count, 1039 + 572)
        // 87 CD/DVD templates and their 58 aliases.
        XCTAssertEqual(db.unsupported.count, 87 + 58)
        XCTAssertEqual(db.presets.count + db.unsupported.count, db.templates.count)
        XCTAssertTrue(db.presets.allSatisfy { $0.provenance == .gLabels && !$0.verified && $0.kind == .sheet && $0.name.hasPrefix("glabels:") })
    }

    func testEveryAliasResolvesToItsBasePart() throws {
        let db = try installed()
        let byName = Dictionary(uniqueKeysWithValues: db.templates.map { ($0.presetName, $0) })
        var checked = 0
        for alias in db.templates where alias.equiv != nil {
            var base = alias
            while let equiv = base.equiv {
                guard let next = byName["glabels:\(base.brand) \(equiv)"] else { return XCTFail("\(alias.presetName): no \(base.brand) \(equiv)") }
                base = next
            }
            if case .cd = base.label {
                XCTAssertNotNil(db.unsupportedTemplate(named: alias.presetName), alias.presetName)
                continue
            }
            guard let a = db.preset(named: alias.presetName), let b = db.preset(named: base.presetName) else { return XCTFail(alias.presetName) }
            XCTAssertEqual(a.grids, b.grids, alias.presetName)
            XCTAssertEqual(a.label, b.label, alias.presetName)
            XCTAssertEqual(a.media, b.media, alias.presetName)
            XCTAssertEqual(a.shape, b.shape, alias.presetName)
            XCTAssertTrue(a.source.contains("= \(base.displayName) (equiv)"), a.source)
            checked += 1
        }
        XCTAssertEqual(checked, 572)
        let chained = try XCTUnwrap(db.preset(named: "glabels:Herma 10801"))
        XCTAssertTrue(chained.source.contains("= Herma 4102 (equiv)"), chained.source)
    }

    func testAvery5160AsGLabelsHasIt() throws {
        let p = try XCTUnwrap(try installed().preset(named: "GLABELS:avery 5160"))
        XCTAssertEqual(p.name, "glabels:Avery 5160")
        XCTAssertEqual(p.media, Size(width: .pt(612), height: .pt(792)))
        XCTAssertEqual(p.label, Size(width: .inch(2.625), height: .inch(1)))
        XCTAssertEqual(p.shape, .rounded)
        XCTAssertEqual(p.cornerRadius, .inch(0.0625))
        XCTAssertEqual(p.safeMargin, .inch(0.0625))
        XCTAssertEqual(p.grids, [Preset.Grid(columns: 3, rows: 10, x0: .inch(0.15625), y0: .inch(0.5), dx: .inch(2.78125), dy: .inch(1))])
        XCTAssertTrue(p.origin.hasSuffix("avery-us-templates.xml:105"), p.origin)
    }

    // MARK: - Folders written here

    private func folder(_ files: [String: String]) throws -> URL {
        let url = try Tool.temporaryFolder()
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    private let paper = """
    <Glabels-paper-sizes>
      <Paper-size id="A4" _name="A4" pwg_size="iso_a4" width="210mm" height="297mm"/>
    </Glabels-paper-sizes>
    """

    private func sheet(_ part: String, width: String = "60mm", margin: String? = nil) -> String {
        """
          <Template brand="Acme" part="\(part)" size="A4" _description="Test \(part)">
            <Label-rectangle id="0" width="\(width)" height="30mm">\(margin.map { "<Markup-margin size=\"\($0)\"/>" } ?? "")
              <Layout nx="3" ny="9" x0="10mm" y0="10mm" dx="65mm" dy="30mm"/>
            </Label-rectangle>
          </Template>
        """
    }

    func testAMalformedFileIsReportedWithItsLineAndTheOtherFilesLoad() throws {
        let dir = try folder([
            "paper-sizes.xml": paper,
            "a-templates.xml": "<Glabels-templates>\n\(sheet("A1"))\n</Glabels-templates>",
            "b-templates.xml": "<Glabels-templates>\n\(sheet("B1"))\n  <Template brand=\"Acme\" part=\"B2\" size=\"A4\">\n  <oops>\n</Glabels-templates>",
            "c.template": "<Glabels-templates>\n\(sheet("C1"))\n</Glabels-templates>",
        ])
        let db = GLabelsDatabase.load(folders: [dir, dir.appendingPathComponent("missing")])
        XCTAssertEqual(db.folders, [dir])
        XCTAssertEqual(db.presets.map(\.name), ["glabels:Acme A1", "glabels:Acme C1"])
        XCTAssertEqual(db.problems.count, 1)
        guard case .malformedTemplateFile(let file, let line, _) = db.problems.first else { return XCTFail("\(db.problems)") }
        XCTAssertEqual(file, dir.appendingPathComponent("b-templates.xml").path)
        XCTAssertEqual(line, 9)
    }

    func testLaterFoldersReplaceATemplateAndPaperComesFromAnyFolder() throws {
        let first = try folder(["paper-sizes.xml": paper, "x-templates.xml": "<Glabels-templates>\(sheet("P1"))\(sheet("P2"))</Glabels-templates>"])
        let second = try folder(["mine.template": "<Glabels-templates>\(sheet("P1", width: "62mm", margin: "2mm"))</Glabels-templates>"])
        let db = GLabelsDatabase.load(folders: [first, second])
        XCTAssertEqual(db.presets.map(\.name), ["glabels:Acme P1", "glabels:Acme P2"])
        let p1 = try XCTUnwrap(db.preset(named: "glabels:Acme P1"))
        XCTAssertEqual(p1.label.width.millimetres, 62, accuracy: 1e-9)
        XCTAssertEqual(p1.media.height.millimetres, 297, accuracy: 1e-9)
        XCTAssertEqual(p1.safeMargin.millimetres, 2, accuracy: 1e-9)
        // No Markup-margin: leadprint's default margin, said in the source.
        let p2 = try XCTUnwrap(db.preset(named: "glabels:Acme P2"))
        XCTAssertEqual(p2.safeMargin, GLabelsPresetMaker.defaultMargin)
        XCTAssertTrue(p2.source.contains("no Markup-margin"), p2.source)
        // Without paper-sizes.xml the paper id cannot be resolved: a located problem.
        let alone = GLabelsDatabase.load(folders: [second])
        XCTAssertEqual(alone.presets, [])
        guard case .invalidTemplate(_, _, "Acme P1", "size", _) = alone.problems.first else { return XCTFail("\(alone.problems)") }
    }

    func testNoFolderMeansAnEmptyDatabase() {
        let db = GLabelsDatabase.load(folders: [URL(fileURLWithPath: "/nonexistent/glabels")])
        XCTAssertEqual(db.folders, [])
        XCTAssertEqual(db.templates, [])
        XCTAssertEqual(db.problems, [])
    }

    func testSafeAreaOfRoundAndEllipticLabelsIsTheLargestCentredRectangleInsideTheMargin() throws {
        let dir = try folder(["paper-sizes.xml": paper, "r-templates.xml": """
        <Glabels-templates>
          <Template brand="Acme" part="ROUND" size="A4">
            <Label-round id="0" radius="20mm"><Markup-margin size="2mm"/><Layout nx="2" ny="2" x0="10mm" y0="10mm" dx="45mm" dy="45mm"/></Label-round>
          </Template>
          <Template brand="Acme" part="OVAL" size="A4">
            <Label-ellipse id="0" width="60mm" height="30mm"><Markup-margin size="1mm"/><Layout nx="1" ny="1" x0="10mm" y0="10mm" dx="0" dy="0"/></Label-ellipse>
          </Template>
        </Glabels-templates>
        """])
        let db = GLabelsDatabase.load(folders: [dir])
        let round = try XCTUnwrap(db.preset(named: "glabels:Acme ROUND"))
        XCTAssertEqual(round.shape, .round)
        XCTAssertEqual(round.label, Size(width: .mm(40), height: .mm(40)))
        let side = 36 / 2.0.squareRoot()
        XCTAssertEqual(round.safeArea.width.millimetres, side, accuracy: 1e-9)
        XCTAssertEqual(round.safeArea.height.millimetres, side, accuracy: 1e-9)
        XCTAssertEqual(round.safeArea.midX.millimetres, 20, accuracy: 1e-9)
        XCTAssertEqual(round.safeArea.midY.millimetres, 20, accuracy: 1e-9)
        // Its corners lie on the circle 2 mm inside the edge.
        let corner = hypot(round.safeArea.minX.millimetres - 20, round.safeArea.minY.millimetres - 20)
        XCTAssertEqual(corner, 18, accuracy: 1e-9)

        let oval = try XCTUnwrap(db.preset(named: "glabels:Acme OVAL"))
        XCTAssertEqual(oval.shape, .ellipse)
        XCTAssertEqual(oval.safeArea.width.millimetres, 58 / 2.0.squareRoot(), accuracy: 1e-9)
        XCTAssertEqual(oval.safeArea.height.millimetres, 28 / 2.0.squareRoot(), accuracy: 1e-9)
        let x = oval.safeArea.minX.millimetres - 30, y = oval.safeArea.minY.millimetres - 15
        XCTAssertEqual(x * x / (29 * 29) + y * y / (14 * 14), 1, accuracy: 1e-9)
    }
}
