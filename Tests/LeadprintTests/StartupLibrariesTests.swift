import Foundation
import TestSupport
import XCTest

/// Libraries only some jobs need are opened by those jobs, not loaded at every start (they cost most of a short run).
final class StartupLibrariesTests: XCTestCase {
    /// The shared objects the dynamic loader mapped during a run, from its own trace.
    private func loadedLibraries(_ arguments: [String]) throws -> [String] {
        let folder = try Tool.temporaryFolder()
        let result = try Tool.leadprint(arguments, in: folder, environment: ["LD_DEBUG": "files"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stderr.split(separator: "\n").compactMap { line in
            guard let range = line.range(of: "file=") else { return nil }
            return String(line[range.upperBound...].prefix { $0 != " " && $0 != "\t" })
        }
    }

    func testCatalogCheckLoadsNeitherLibrsvgNorLibqpdf() throws {
        let libraries = try loadedLibraries(["catalog", "check"])
        XCTAssertTrue(libraries.contains { $0.hasPrefix("libcairo") }, "the trace should list what is loaded: \(libraries)")
        XCTAssertFalse(libraries.contains { $0.hasPrefix("librsvg") }, "\(libraries)")
        XCTAssertFalse(libraries.contains { $0.hasPrefix("libqpdf") }, "\(libraries)")
        XCTAssertFalse(libraries.contains { $0.hasPrefix("libcups") }, "\(libraries)")
        // ICU's i18n library holds the plural rules; checking a catalog counts nothing.
        XCTAssertFalse(libraries.contains { $0.hasPrefix("libicui18n") }, "\(libraries)")
    }

    func testTranslatedStringsOpenICUForTheirPluralRules() throws {
        let libraries = try loadedLibraries(["swatches", "--lang", "ar", "--output", "swatches.pdf"])
        XCTAssertTrue(libraries.contains { $0.hasPrefix("libicui18n") }, "\(libraries)")
    }

    func testAnA4TagSheetOpensNeitherLibqpdfNorLibrsvg() throws {
        // One page size and no print-shop boxes: Cairo's own MediaBox is exact, so no qpdf pass (see PDFPageBoxes).
        let libraries = try loadedLibraries(["tags", "--series", "PRO", "--sets", "1", "--preset", "avery-l7651", "--output", "tags.pdf"])
        XCTAssertFalse(libraries.contains { $0.hasPrefix("libqpdf") }, "\(libraries)")
        XCTAssertFalse(libraries.contains { $0.hasPrefix("librsvg") }, "\(libraries)")
    }

    func testACardWithBleedOpensLibqpdfForItsTrimAndBleedBoxes() throws {
        let libraries = try loadedLibraries(["card", "--series", "PRO", "--preset", "cr80", "--output", "card.pdf"])
        XCTAssertTrue(libraries.contains { $0.hasPrefix("libqpdf") }, "\(libraries)")
    }

    func testAnSVGLogoOpensLibrsvg() throws {
        let brand = Tool.repositoryRoot.appendingPathComponent("Resources/brands/example/brand.yaml").path
        let libraries = try loadedLibraries(["compare", "--brand", brand, "--output", "compare.pdf"])
        XCTAssertTrue(libraries.contains { $0.hasPrefix("librsvg") }, "\(libraries)")
    }
}
