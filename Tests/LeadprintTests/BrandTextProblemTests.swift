import Foundation
import TestSupport
import XCTest

/// Brand text that no font prints or that cannot fit is reported at the brand file's line and field, not as a bare
/// typesetting error about the page.
final class BrandTextProblemTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try Tool.temporaryFolder()
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    private func brand(_ yaml: String) throws {
        try yaml.write(to: folder.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
    }

    /// Exit 1, one error line that is `message` (or starts with it, when `whole` is false), and nothing written beside the brand file.
    private func assertFails(_ arguments: [String], _ message: String, whole: Bool = true, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try Tool.leadprint(arguments + ["--brand", "b.yaml", "-o", "out.pdf"], in: folder)
        XCTAssertEqual(result.status, 1, file: file, line: line)
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("Error: ") }
        XCTAssertEqual(errors.count, 1, result.stderr, file: file, line: line)
        let first = errors.first.map(String.init) ?? ""
        XCTAssertTrue(whole ? first == "Error: \(message)" : first.hasPrefix("Error: \(message)"), result.stderr, file: file, line: line)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["b.yaml"], file: file, line: line)
    }

    func testANameTooLongForTheComparisonHeaderNamesTheBrandField() throws {
        let name = Array(repeating: "Northwind Security Supply and Installation Services", count: 3).joined(separator: " ")
        try brand("accent: \"#204080\"\nname: \(name)\naddress: [1 Main St]\n")
        // The width the text needs depends on the fonts; the box and the smallest size are the sheet's.
        try assertFails(["compare"], "b.yaml:2: name: does not fit the comparison sheet kicker (115.7 mm x 4.9 mm even at 6.0 pt; the text needs ", whole: false)
    }

    func testACharacterNoFontPrintsNamesTheBrandLineAndField() throws {
        try brand("name: ACME\naddress:\n  - 1 Main St\n  - \"Gate \\U0001F468\"\n")
        try assertFails(["compare"], "b.yaml:4: address: no installed font has a glyph for U+1F468")
        try assertFails(["card", "--series", "PRO"], "b.yaml:4: address: no installed font has a glyph for U+1F468")
    }

    /// A lead's cell that does not fit is the catalog's to fix, even when the brand's name appears in it.
    func testACatalogTextThatDoesNotFitIsNotPutOnTheBrand() throws {
        var catalog = try String(contentsOf: Tool.repositoryRoot.appendingPathComponent("Resources/catalogs/flying-leads.yaml"), encoding: .utf8)
        let original = "definition: Audio output ground, group: audio-out}"
        let range = try XCTUnwrap(catalog.range(of: original))
        catalog.replaceSubrange(range, with: "definition: \"\((0..<150).map { "longword\($0)" }.joined(separator: " "))\", group: audio-out}")
        try catalog.write(to: folder.appendingPathComponent("catalog.yaml"), atomically: true, encoding: .utf8)
        try brand("name: longword1\n")
        let result = try Tool.leadprint(["compare", "--catalog", "catalog.yaml", "--brand", "b.yaml", "-o", "out.pdf"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("lead 15") && !result.stderr.contains("b.yaml"), result.stderr)
    }
}
