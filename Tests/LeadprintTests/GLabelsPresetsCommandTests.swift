import Foundation
import TestSupport
import XCTest

/// `leadprint presets` and `tags` with gLabels' template database (glabels-data, installed by `.ci/setup`).
final class GLabelsPresetsCommandTests: XCTestCase {
    private static let system = "/usr/share/libglabels-3.0/templates"

    private func requireGlabelsData() {
        XCTAssertTrue(FileManager.default.fileExists(atPath: Self.system + "/paper-sizes.xml"), "glabels-data is not installed: run .ci/setup")
    }

    /// gLabels' own folders only: the system one, and no user folder from the machine running the tests.
    private let systemOnly = ["LEADPRINT_GLABELS_FOLDERS": system]

    func testSearchFindsTheShippedAndTheGLabelsSheet() throws {
        requireGlabelsData()
        let result = try Tool.leadprint(["presets", "--search", "5160"], environment: systemOnly)
        XCTAssertEqual(result.status, 0, result.stderr)
        let names = result.stdout.split(separator: "\n").map { $0.components(separatedBy: "  ")[0] }
        XCTAssertEqual(Array(names.prefix(3)), ["name", "avery-5160", "glabels:Avery 5160"])
        XCTAssertTrue(names.contains("glabels:Avery 15160"), result.stdout)
        XCTAssertTrue(result.stdout.contains("[avery-5160 is used for this part unless named glabels:]"), result.stdout)
        XCTAssertTrue(result.stdout.contains("gLabels templates: 1756 read from 35 files in \(Self.system) in "), result.stdout)
        XCTAssertTrue(result.stdout.contains("1611 presets, 145 unsupported, 0 problems, 2 values read as gLabels reads them"), result.stdout)
    }

    func testWithoutTemplatesPresetsSaysHowToInstallThemAndTagsWorkAsBefore() throws {
        let none = ["LEADPRINT_GLABELS_FOLDERS": ""]
        let list = try Tool.leadprint(["presets"], environment: none)
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertTrue(list.stdout.contains("gLabels templates: none found"), list.stdout)
        XCTAssertTrue(list.stdout.contains("apt-get install glabels-data"), list.stdout)
        XCTAssertTrue(list.stdout.contains("avery-5160"))
        let target = try Tool.temporaryFolder().appendingPathComponent("tags.pdf")
        let tags = try Tool.leadprint(["tags", "--series", "VALUE", "-o", target.path], environment: none)
        XCTAssertEqual(tags.status, 0, tags.stderr)
        let missing = try Tool.leadprint(["tags", "--preset", "glabels:Avery 5160", "-o", target.path], environment: none)
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("preset 'glabels:Avery 5160'"), missing.stderr)
    }

    func testShowComparesTheShippedSheetWithAvery5160AsGLabelsAndAsAvery() throws {
        requireGlabelsData()
        let same = try Tool.leadprint(["presets", "show", "avery-5160", "--compare", "glabels:Avery 5160"], environment: systemOnly)
        XCTAssertEqual(same.status, 0, same.stderr)
        let rows = same.stdout.split(separator: "\n").filter { Int($0.split(separator: " ").first ?? "") != nil }
        XCTAssertEqual(rows.count, 30, same.stdout)
        XCTAssertTrue(rows.allSatisfy { $0.hasSuffix("+0.000   +0.000") }, same.stdout)

        // Avery's own figures (x0 0.1875 in, pitch 2.75 in) as a user template replacing gLabels' Avery 5160.
        let mine = try Tool.temporaryFolder()
        try Data("""
        <Glabels-templates>
          <Template brand="Avery" part="5160" size="US-Letter" _description="Address labels, Avery's own template">
            <Label-rectangle id="0" width="2.625in" height="1in" round="0.0625in">
              <Markup-margin size="0.0625in"/>
              <Layout nx="3" ny="10" x0="0.1875in" y0="0.5in" dx="2.75in" dy="1in"/>
            </Label-rectangle>
          </Template>
        </Glabels-templates>
        """.utf8).write(to: mine.appendingPathComponent("avery.template"))
        let other = try Tool.leadprint(["presets", "show", "avery-5160", "--compare", "glabels:Avery 5160", "--templates", mine.path], environment: systemOnly)
        XCTAssertEqual(other.status, 0, other.stderr)
        let lines = other.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains { $0.hasPrefix("    1  (3.969, 12.700)") && $0.hasSuffix("+0.794   +0.000") }, other.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("    2  ") && $0.hasSuffix("+0.000   +0.000") }, other.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("    3  ") && $0.hasSuffix("-0.794   +0.000") }, other.stdout)
    }

    func testAMalformedTemplateFileIsReportedWithItsLineAndTheRestLoad() throws {
        let dir = try Tool.temporaryFolder()
        try Data("""
        <Glabels-paper-sizes><Paper-size id="A4" pwg_size="iso_a4" width="210mm" height="297mm"/></Glabels-paper-sizes>
        """.utf8).write(to: dir.appendingPathComponent("paper-sizes.xml"))
        try Data("""
        <Glabels-templates>
          <Template brand="Acme" part="GOOD-1" size="A4" _description="Wire tags">
            <Label-rectangle id="0" width="60mm" height="20mm"><Layout nx="3" ny="12" x0="10mm" y0="20mm" dx="65mm" dy="21mm"/></Label-rectangle>
          </Template>
        </Glabels-templates>
        """.utf8).write(to: dir.appendingPathComponent("good-templates.xml"))
        try Data("""
        <Glabels-templates>
          <Template brand="Acme" part="BAD-1" size="A4" _description="Wire tags">
            <Label-rectangle id="0" width="60mm" height="20mm>
          </Template>
        </Glabels-templates>
        """.utf8).write(to: dir.appendingPathComponent("bad-templates.xml"))
        let result = try Tool.leadprint(["presets", "--search", "acme", "--templates", dir.path], environment: ["LEADPRINT_GLABELS_FOLDERS": ""])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("glabels:Acme GOOD-1"), result.stdout)
        XCTAssertFalse(result.stdout.contains("BAD-1"), result.stdout)
        // The attribute left open on line 3 runs into the '<' of line 4, where libxml2 reports it.
        // A search reports the count and where to see the problems, not the problems themselves.
        XCTAssertEqual(result.stderr, "")
        XCTAssertTrue(result.stdout.contains("gLabels templates: 1 read from 2 files in \(dir.path) in "), result.stdout)
        XCTAssertTrue(result.stdout.contains("1 problems, 0 values read as gLabels reads them (list them with --check)"), result.stdout)
        let check = try Tool.leadprint(["presets", "--check", "--templates", dir.path], environment: ["LEADPRINT_GLABELS_FOLDERS": ""])
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertTrue(check.stdout.contains("skipped: \(dir.path)/bad-templates.xml:4: not a readable gLabels template file: "
                                            + "XML syntax: '<' inside an attribute value (libxml2 error 38)\n"), check.stdout)
        let target = dir.appendingPathComponent("tags.pdf")
        let tags = try Tool.leadprint(["tags", "--series", "VALUE", "--preset", "glabels:Acme GOOD-1", "--templates", dir.path, "-o", target.path],
                                      environment: ["LEADPRINT_GLABELS_FOLDERS": ""])
        XCTAssertEqual(tags.status, 0, tags.stderr)
    }
}
