import Foundation
import TestSupport
import XCTest

/// Inputs that fail while a PDF is being drawn: exit 1 with a located message, nothing at the target, no temporary
/// (they once crashed with a write through a freed byte sink; see RenderTests.CairoSurfaceTests).
final class RenderFailureCommandTests: XCTestCase {
    /// An SVG whose `<use>` references double at each of 40 levels: past librsvg's budget of referenced elements.
    private let nestedLogo: String = {
        var parts = ["<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='100' height='40' viewBox='0 0 100 40'><defs>",
                     "<rect id='u0' width='10' height='10' fill='red'/>"]
        for level in 1..<40 { parts.append("<g id='u\(level)'><use xlink:href='#u\(level - 1)'/><use xlink:href='#u\(level - 1)' x='1'/></g>") }
        parts.append("</defs><use xlink:href='#u39'/></svg>")
        return parts.joined()
    }()

    func testALogoPastLibrsvgsLimitsFailsAtItsBrandFileLineForEveryFormat() throws {
        let folder = try Tool.temporaryFolder()
        let brand = try String(contentsOf: Tool.repositoryRoot.appendingPathComponent("Resources/brands/example/brand.yaml"), encoding: .utf8)
        try Data(brand.utf8).write(to: folder.appendingPathComponent("brand.yaml"))
        try Data(nestedLogo.utf8).write(to: folder.appendingPathComponent("logo.svg"))
        let logoLine = try XCTUnwrap(brand.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("logo:") }) + 1
        for output in ["c.pdf", "c.png", "c.svg"] {
            let result = try Tool.leadprint(["compare", "--brand", "brand.yaml", "-o", output], in: folder)
            XCTAssertEqual(result.status, 1, output)
            XCTAssertEqual(result.stderr, "Error: brand.yaml:\(logoLine): logo: 'logo.svg' is not a readable SVG: it draws more than 20000 elements once its <use> references are expanded (a logo needs far fewer)\n", output)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["brand.yaml", "logo.svg"], output)
        }
    }

    func testALeadDefinitionTooLongForItsCellNamesTheCatalogLineSeriesLeadAndField() throws {
        let folder = try Tool.temporaryFolder()
        var catalog = try String(contentsOf: Tool.repositoryRoot.appendingPathComponent("Resources/catalogs/flying-leads.yaml"), encoding: .utf8)
        let long = (0..<150).map { "longword\($0)" }.joined(separator: " ")
        // Lead 15 of PRO, on the comparison's second lead page.
        let original = "definition: Audio output ground, group: audio-out}"
        let range = try XCTUnwrap(catalog.range(of: original))
        catalog.replaceSubrange(range, with: "definition: \"\(long)\", group: audio-out}")
        try Data(catalog.utf8).write(to: folder.appendingPathComponent("catalog.yaml"))
        for output in ["c.pdf", "c.png"] {
            let result = try Tool.leadprint(["compare", "--catalog", "catalog.yaml", "-o", output], in: folder)
            XCTAssertEqual(result.status, 1, output)
            // The catalog file and the line of the lead's definition: what the user has to edit.
            let line = try XCTUnwrap(catalog.components(separatedBy: "\n").firstIndex { $0.contains("longword0 ") }) + 1
            XCTAssertTrue(result.stderr.hasPrefix("Error: catalog.yaml:\(line): series PRO, lead 15, definition: 'longword0 longword1"), result.stderr)
            // The cell's height depends on how far the lead page opens its rows; its width and the floor do not.
            XCTAssertTrue(result.stderr.contains("' does not fit its cell (26.1 x "), result.stderr)
            XCTAssertTrue(result.stderr.contains(" mm even at 5.5 pt; it needs "), result.stderr)
            XCTAssertEqual(result.stderr.filter { $0 == "\n" }.count, 1, "one line")
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["catalog.yaml"], output)
        }
    }
}
