import DisplayList
import Documents
import Foundation
import Geometry
import Layout
import LeadCatalog
import Localization
import Render
import TestSupport
import Typesetting
import XCTest

/// Every language on every card preset (one card per page, and imposed duplex on a sheet) for each bundled series, and every
/// comparison page size (whole, summary-only, differences-only): every glyph inside its safe area, no two text lines overlapping,
/// no glyph under the floor. The positions are read back from the PDFs by pdfplumber (Fixtures/glyph_boxes.py), not taken
/// from the layout.
final class LanguageSweepTests: XCTestCase {
    static let languages: [Language] = [.english, .spanish, .french, .german, .simplifiedChinese, .arabic]

    /// One PDF to check: its path, the floor, and per page the safe rectangles (page coordinates, points) a glyph must lie in.
    private struct Entry: Encodable {
        var pdf: String
        var floor: Double
        var pages: [[[Double]]]
    }

    private func catalog(_ language: Language) throws -> (Catalog, Strings) {
        let catalog = try CardFixtures.catalog()
        guard language != .english else { return (catalog, try Strings.bundled(.english)) }
        let overlay = CatalogTranslation.url(besideCatalog: ComparisonFixtures.catalogURL, language: language.code)
        let translation = try CatalogTranslation.load(from: overlay, language: language.code, for: catalog)
        return (translation.apply(to: catalog), try Strings.bundled(language))
    }

    private func rect(_ r: Rect) -> [Double] { [r.minX.points, r.minY.points, r.maxX.points, r.maxY.points] }

    private func render(_ pages: PageStream, to url: URL) throws {
        _ = try Renderer().render(pages, to: url, settings: RenderSettings(format: .pdf, title: url.lastPathComponent))
    }

    /// Runs the checker over the manifest and fails with every problem it reports.
    private func check(_ entries: [Entry], file: StaticString = #filePath, line: UInt = #line) throws {
        let script = Tool.repositoryRoot.appendingPathComponent("Tests/DocumentsTests/Fixtures/glyph_boxes.py")
        let manifest = try Tool.temporaryFolder().appendingPathComponent("manifest.json")
        try JSONEncoder().encode(entries).write(to: manifest)
        let result = try Tool.run("sh", ["-c", "python3 \"$0\" < \"$1\"", script.path, manifest.path])
        XCTAssertEqual(result.status, 0, result.stderr, file: file, line: line)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let summary = try XCTUnwrap(lines.last, "no output from the checker: \(result.stderr)", file: file, line: line)
        XCTAssertTrue(summary.hasPrefix("checked "), summary, file: file, line: line)
        // The sweep must have read glyphs, or it proves nothing.
        XCTAssertFalse(summary.hasPrefix("checked 0 "), summary, file: file, line: line)
        for problem in lines.dropLast() { XCTFail(problem, file: file, line: line) }
    }

    func testCardsInEveryLanguageOnEveryPresetSingleAndImposed() throws {
        let library = try CardFixtures.presets()
        let cards = library.presets(ofKinds: [.card])
        let sheet = try library.preset(named: "letter", kinds: [.page])
        let folder = try Tool.temporaryFolder()
        var entries: [Entry] = []
        for language in Self.languages {
            let typesetter = try Typesetter(defaultStyle: TextStyle(language: language.code))
            let (catalog, strings) = try catalog(language)
            for preset in cards {
                for series in catalog.series {
                    for imposed in [false, true] {
                        let card = PinoutCard(series: series, catalog: catalog, preset: preset, alternatives: cards, strings: strings)
                        let url = folder.appendingPathComponent("card-\(language.code)-\(preset.name)-\(series.id)\(imposed ? "-imposed" : "").pdf")
                        do { try render(card.pages(typesetter: typesetter, duplex: imposed, sheet: imposed ? sheet : nil), to: url) } catch {
                            XCTFail("\(url.lastPathComponent): \(error)")
                            continue
                        }
                        let imposition = imposed
                            ? try Imposition.sheet(sheet.media, trim: preset.label, bleed: card.bleed)
                            : Imposition.single(trim: preset.label, bleed: card.bleed)
                        let safe = preset.safeArea
                        let fronts = imposition.slots.map { rect($0.transform.apply(safe)) }
                        let backs = (imposed ? imposition.backSlots : imposition.slots).map { rect($0.transform.apply(safe)) }
                        entries.append(Entry(pdf: url.path, floor: preset.minimumTextSize.points, pages: [fronts, backs]))
                    }
                }
            }
        }
        try check(entries)
    }

    func testComparisonSheetsInEveryLanguageOnEveryPageSize() throws {
        let library = try CardFixtures.presets()
        let folder = try Tool.temporaryFolder()
        var entries: [Entry] = []
        for language in Self.languages {
            let typesetter = try Typesetter(defaultStyle: TextStyle(language: language.code))
            let (catalog, strings) = try catalog(language)
            // A5 is left out: its summary page cannot hold the catalog's notes under the table in any language (a fit error, not
            // output past the page); the README says so.
            for page in library.presets(ofKinds: [.page]) where page.name != "a5" {
                for (summaryOnly, differencesOnly) in [(false, false), (true, false), (false, true)] {
                    let sheet = try ComparisonSheet(catalog: catalog, seriesIDs: ["PRO", "VALUE"], page: page,
                                                    header: QuoteHeader(customer: "Northwind", date: "2025-11-26"),
                                                    summaryOnly: summaryOnly, differencesOnly: differencesOnly, strings: strings)
                    let url = folder.appendingPathComponent("compare-\(language.code)-\(page.name)-\(summaryOnly)-\(differencesOnly).pdf")
                    do { try render(sheet.pages(typesetter: typesetter), to: url) } catch {
                        XCTFail("\(url.lastPathComponent): \(error)")
                        continue
                    }
                    let count = try Tool.run("pdfinfo", [url.path]).stdout.split(separator: "\n")
                        .first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
                    XCTAssertGreaterThan(count, 0, url.lastPathComponent)
                    // The lead tables' colour, definition and group cells may close to 5.5 pt (LeadTablePage: two series across
                    // Letter or A4 do not fit Spanish and German at 6 pt); everything else on the sheet keeps the page's floor.
                    entries.append(Entry(pdf: url.path, floor: min(page.minimumTextSize.points, 5.5),
                                         pages: Array(repeating: [rect(page.safeArea)], count: count)))
                }
            }
        }
        try check(entries)
    }

    /// The checker finds what it is for: text past the safe area, lines on top of each other, type under the floor.
    func testTheCheckerCatchesEachFault() throws {
        let typesetter = try Typesetter()
        let fitter = TextFitter(typesetter: typesetter)
        let shaped = try typesetter.shape("Alarm input", font: .body)
        var page = Page(size: Size(width: .pt(200), height: .pt(100)))
        page.items += fitter.place(shaped, size: .pt(8), in: Rect(x: .pt(170), y: .pt(10), width: .pt(80), height: .pt(10))).items
        page.items += fitter.place(shaped, size: .pt(8), in: Rect(x: .pt(10), y: .pt(40), width: .pt(80), height: .pt(10))).items
        page.items += fitter.place(shaped, size: .pt(8), in: Rect(x: .pt(10), y: .pt(44), width: .pt(80), height: .pt(10))).items
        page.items += fitter.place(shaped, size: .pt(4), in: Rect(x: .pt(10), y: .pt(70), width: .pt(80), height: .pt(10))).items
        let url = try Tool.temporaryFolder().appendingPathComponent("faults.pdf")
        var pages = [page]
        try render(PageStream { pages.isEmpty ? nil : pages.removeFirst() }, to: url)
        let script = Tool.repositoryRoot.appendingPathComponent("Tests/DocumentsTests/Fixtures/glyph_boxes.py")
        let manifest = try Tool.temporaryFolder().appendingPathComponent("manifest.json")
        try JSONEncoder().encode([Entry(pdf: url.path, floor: 6, pages: [[[5, 5, 195, 95]]])]).write(to: manifest)
        let output = try Tool.run("sh", ["-c", "python3 \"$0\" < \"$1\"", script.path, manifest.path]).stdout
        XCTAssertTrue(output.contains("outside the safe area"), output)
        XCTAssertTrue(output.contains("overlap"), output)
        XCTAssertTrue(output.contains("at 4.00 pt, under the 6"), output)
    }
}
