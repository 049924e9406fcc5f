import DisplayList
import Documents
import Foundation
import Geometry
import Images
import LeadCatalog
import Localization
import Render
import TestSupport
import Typesetting
import XCTest

/// A branded sheet and card in another language: the brand's fixed words, the quote's dates and the added rows' numbers all in the
/// document's language, and right to left the logo moves to the right with the title.
final class LocalizedBrandTests: XCTestCase {
    private let logoURL = Tool.repositoryRoot.appendingPathComponent("Resources/brands/example/logo.svg")

    private func brand(logo: ImageSource? = nil) -> Brand {
        Brand(name: "Northwind Security Supply", address: ["1200 Harbor Way, Suite 4", "Oakland, CA 94607"], phone: "+1 510 555 0142",
              email: "quotes@northwind.example", web: "https://northwind.example", logo: logo, accent: RGBColor(hex: "#0B5FA5"),
              notes: ["Prices are per unit in US dollars, excluding tax and shipping."])
    }

    private func sheet(_ language: Language, logo: ImageSource? = nil,
                       header: QuoteHeader = QuoteHeader(customer: "Acme Security", date: "2026-01-15", validUntil: "2026-02-15")) throws -> ComparisonSheet {
        try ComparisonSheet(catalog: ComparisonFixtures.bundled(), seriesIDs: ["PRO", "VALUE"], page: ComparisonFixtures.page("a4"), header: header,
                            strings: try Strings.bundled(language), brand: brand(logo: logo),
                            quoteRows: [QuoteRow(label: "Unit price (USD)", values: ["1240", "980.5"]), QuoteRow(label: "From", values: ["2026-03-01", "now"])])
    }

    private func text(_ sheet: ComparisonSheet, _ language: Language) throws -> String {
        let target = try Tool.temporaryFolder().appendingPathComponent("sheet-\(language.code).pdf")
        _ = try Renderer().render(sheet.pages(typesetter: Typesetter(defaultStyle: TextStyle(language: language.code))), to: target,
                                  settings: RenderSettings(format: .pdf))
        return try Tool.pdfText(target)
    }

    func testAGermanQuoteSheetHasNoEnglishOfItsOwn() throws {
        let sheet = try sheet(.german)
        let composed = try sheet.composedPage(1, typesetter: Typesetter(defaultStyle: TextStyle(language: "de")))
        XCTAssertEqual(composed.rows.first { $0.name == "quote field Datum" }?.cells.last?.text, "15. Januar 2026")
        XCTAssertEqual(composed.rows.first { $0.name == "quote field Gültig bis" }?.cells.last?.text, "15. Februar 2026")
        XCTAssertEqual(composed.rows.first { $0.name == "quote row Unit price (USD)" }?.cells.map(\.text), ["Unit price (USD)", "1.240,0", "980,5", ""])
        XCTAssertEqual(composed.rows.first { $0.name == "quote row From" }?.cells.map(\.text), ["From", "1. März 2026", "now", ""])
        let text = try text(sheet, .german)
        for phrase in ["NORTHWIND SECURITY SUPPLY · PRODUKTVERGLEICH", "Zu diesem Angebot", "Tel. +1 510 555 0142", "Seite 1 von 2",
                       "Aderdaten: Bulletin „", "Serielle Schnittstelle RS-485", "„Nein“ bedeutet"] {
            XCTAssertTrue(text.contains(phrase), "'\(phrase)' missing:\n\(text)")
        }
        for english in ["PRODUCT COMPARISON", "About this quote", "Lead data", "January", "Yes", "means the series", "Page "] {
            XCTAssertFalse(text.contains(english), "English '\(english)' left in:\n\(text)")
        }
    }

    func testRightToLeftTheLogoAndTitleMoveToTheRight() throws {
        let logo = try ImageLoader.load(Data(contentsOf: logoURL))
        let sheet = try sheet(.arabic, logo: logo)
        let frame = ComparisonPageFrame(sheet: sheet)
        let area = try XCTUnwrap(frame.logoArea)
        XCTAssertEqual(area.maxX.points, frame.content.maxX.points, accuracy: 1e-6)
        XCTAssertLessThanOrEqual(frame.titleArea.maxX.points, area.minX.points)
        XCTAssertLessThanOrEqual(frame.fieldsArea.maxX.points, frame.titleArea.minX.points)
        let composed = try sheet.composedPage(1, typesetter: Typesetter(defaultStyle: TextStyle(language: "ar")))
        let images = composed.page.items.compactMap { item -> Image? in if case .image(let image) = item { return image } else { return nil } }
        XCTAssertEqual(images.map(\.rect), [area])
        // Typed values keep their own direction inside the right-to-left header.
        XCTAssertEqual(composed.rows.first { $0.name == "quote field التاريخ" }?.cells.last?.text, TextStyle.firstStrongIsolated("15 يناير، 2026"))
        XCTAssertEqual(composed.rows.first { $0.name == "quote row From" }?.cells.map(\.text),
                       ["From", "1 مارس، 2026", "now", ""].map { $0.isEmpty ? $0 : TextStyle.firstStrongIsolated($0) })
        // Every glyph run in the header stays clear of the logo.
        for case .glyphs(let run) in composed.page.items where run.pageInkBounds.minY < frame.header.maxY {
            XCTAssertFalse(run.pageInkBounds.intersects(area), "'\(run.text)' overlaps the logo")
        }
    }

    func testTheHeaderGrowsWhenTallLinesNeedItForAllFiveQuoteFields() throws {
        let full = QuoteHeader(customer: "Acme Security", quoteNumber: "Q-2026-0117", date: "2026-01-15", preparedBy: "Dana Ruiz", validUntil: "2026-02-15")
        let typesetter = try Typesetter(defaultStyle: TextStyle(language: "ar"))
        let arabic = try sheet(.arabic, header: full)
        // Arabic lines are tall: the header grows until all five quote fields end above the rule under it (6 pt below the band).
        let fitted = try ComparisonPageFrame.fitting(sheet: arabic, typesetter: typesetter)
        XCTAssertGreaterThan(fitted.header.height, ComparisonPageFrame.headerHeight)
        let fields = try arabic.composedPage(1, typesetter: typesetter).rows.filter { $0.name.hasPrefix("quote field ") }
        XCTAssertEqual(fields.count, 5)
        for field in fields { XCTAssertLessThan(field.rect.maxY, fitted.header.maxY + .pt(6), field.name) }
        // English five fields fit the usual band, which keeps its height.
        let english = try sheet(.english, header: full)
        XCTAssertEqual(try ComparisonPageFrame.fitting(sheet: english, typesetter: Typesetter()).header, ComparisonPageFrame(sheet: english).header)
    }

    func testRightToLeftTypedTextKeepsItsOwnDirection() throws {
        let composed = try sheet(.arabic).composedPage(1, typesetter: Typesetter(defaultStyle: TextStyle(language: "ar")))
        let row = try XCTUnwrap(composed.rows.first { $0.name == "quote row Unit price (USD)" })
        XCTAssertEqual(row.cells.map(\.text), [TextStyle.firstStrongIsolated("Unit price (USD)"), TextStyle.firstStrongIsolated("1,240.0"),
                                               TextStyle.firstStrongIsolated("980.5"), ""])
        // Isolated, the Latin label is one left-to-right run: its words in typed order from left to right.
        let runs = composed.page.items.compactMap { item -> GlyphRun? in
            guard case .glyphs(let run) = item, run.text.contains("price") || run.text.contains("Unit") else { return nil }
            return run
        }
        let unit = try XCTUnwrap(runs.first { $0.text.contains("Unit") }), price = try XCTUnwrap(runs.first { $0.text.contains("price") })
        XCTAssertLessThanOrEqual(unit.pageInkBounds.minX, price.pageInkBounds.minX)
    }

    func testAnArabicCardBackSetsNoLineIntoAnother() throws {
        let catalog = try CardFixtures.catalog()
        let series = try XCTUnwrap(catalog.series.first { $0.id == "PRO" })
        let card = PinoutCard(series: series, catalog: catalog, preset: try CardFixtures.presets().preset(named: "index-4x6", kinds: [.card]),
                              strings: try Strings.bundled(.arabic), brand: brand())
        let back = try card.faces(typesetter: Typesetter(defaultStyle: TextStyle(language: "ar"))).back
        // The contact block: the installer, address, phone and e-mail, web, and where the data comes from.
        let contact = ["Northwind", "Harbor", "quotes@", "https://", "Hikvision"]
        let runs = back.items.compactMap { item -> GlyphRun? in
            guard case .glyphs(let run) = item else { return nil }
            return contact.contains { run.text.contains($0) } ? run : nil
        }
        XCTAssertGreaterThanOrEqual(runs.count, 5)
        for (i, a) in runs.enumerated() {
            for b in runs[(i + 1)...] where abs((a.origin.y - b.origin.y).points) > 0.01 {
                XCTAssertFalse(a.pageInkBounds.intersects(b.pageInkBounds), "'\(a.text)' runs into '\(b.text)'")
            }
        }
    }

    func testAGermanCardBackGivesTheInstallerInGerman() throws {
        let catalog = try CardFixtures.catalog()
        let series = try XCTUnwrap(catalog.series.first { $0.id == "PRO" })
        let card = PinoutCard(series: series, catalog: catalog, preset: try CardFixtures.presets().preset(named: "cr80", kinds: [.card]),
                              strings: try Strings.bundled(.german), brand: brand())
        let target = try Tool.temporaryFolder().appendingPathComponent("card-de.pdf")
        _ = try Renderer().render(card.pages(typesetter: Typesetter(defaultStyle: TextStyle(language: "de"))), to: target, settings: RenderSettings(format: .pdf))
        let back = try Tool.pdfText(target, page: 2).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for phrase in ["Ihr Errichter/Fachhändler: Northwind Security Supply", "Tel. +1 510 555 0142", "Aderdaten: \(catalog.publisher.name), Stand"] {
            XCTAssertTrue(back.contains(phrase), "'\(phrase)' missing:\n\(back)")
        }
        XCTAssertFalse(back.contains("Your installer"), back)
    }
}
