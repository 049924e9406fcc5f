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

/// A comparison sheet with a reseller's brand: logo, name and address where the publisher's were, the publisher kept as the data's source.
final class BrandedComparisonTests: XCTestCase {
    private let logoURL = Tool.repositoryRoot.appendingPathComponent("Resources/brands/example/logo.svg")

    private func brand(logo: ImageSource?) -> Brand {
        Brand(name: "Northwind Security Supply", address: ["1200 Harbor Way, Suite 4", "Oakland, CA 94607"], phone: "+1 510 555 0142",
              email: "quotes@northwind.example", web: "https://northwind.example", logo: logo, accent: RGBColor(hex: "#0B5FA5"),
              notes: ["Prices are per unit in US dollars, excluding tax and shipping."])
    }

    private func sheet(logo: ImageSource?, rows: [QuoteRow] = []) throws -> ComparisonSheet {
        try ComparisonSheet(catalog: ComparisonFixtures.bundled(), seriesIDs: ["PRO", "VALUE"], page: ComparisonFixtures.page("letter"),
                            header: QuoteHeader(customer: "Acme Security", quoteNumber: "Q-2026-0117", date: "2026-01-15"),
                            brand: brand(logo: logo), quoteRows: rows, quoteNotes: ["Lead times count from the order date."])
    }

    private func render(_ sheet: ComparisonSheet, _ format: OutputFormat, dpi: Double = 72) throws -> URL {
        let target = try Tool.temporaryFolder().appendingPathComponent("sheet.\(format.rawValue)")
        _ = try Renderer().render(sheet.pages(typesetter: Typesetter()), to: target, settings: RenderSettings(format: format, dpi: dpi))
        return target
    }

    private func images(_ pdf: URL) throws -> [[String]] {
        try Tool.run("pdfimages", ["-list", pdf.path]).stdout.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ").map(String.init) }
    }

    func testAnSVGLogoIsVectorsInThePDFAndItsColoursAreInsideItsBox() throws {
        let branded = try sheet(logo: ImageLoader.load(Data(contentsOf: logoURL)))
        let pdf = try render(branded, .pdf)
        XCTAssertEqual(try images(pdf), [], "the SVG logo became an image")
        let composed = try branded.composedPage(1, typesetter: Typesetter())
        let logos = composed.page.items.compactMap { item -> Image? in if case .image(let image) = item { return image } else { return nil } }
        XCTAssertEqual(logos.count, 1)
        let box = try XCTUnwrap(logos.first?.rect)
        // Fitted to the header's logo height, never stretched: the logo's 2:1.
        XCTAssertEqual(box.width / box.height, 2, accuracy: 1e-9)
        XCTAssertEqual(box.height.points, 46, accuracy: 1e-9)
        // Two pages: the renderer numbers the PNG files.
        let png = try XCTUnwrap(PNGImage(Renderer.numbered(try render(branded, .png, dpi: 144), 1, of: 2)))
        // The blue square fills the left half of the box; the amber disc is centred in the right half.
        XCTAssertEqual(png.pixel(at: Point(x: box.minX + box.width * 0.03, y: box.midY), dpi: 144), RGBColor(hex: "#0B5FA5"))
        XCTAssertEqual(png.pixel(at: Point(x: box.minX + box.width * 0.75, y: box.minY + box.height * 0.1), dpi: 144), RGBColor(hex: "#F2A900"))
        XCTAssertEqual(png.pixel(at: Point(x: box.maxX + .pt(4), y: box.midY), dpi: 144), .white)
    }

    func testAPNGLogoIsOneImageAtItsOwnPixelSizeOnEveryPage() throws {
        let data = try PNGFixture.data(width: 120, height: 40) { x, _ in x < 60 ? RGBColor(hex: "#C02020")! : RGBColor(hex: "#208030")! }
        let pdf = try render(try sheet(logo: ImageLoader.load(data)), .pdf)
        let list = try images(pdf)
        XCTAssertEqual(try Tool.pdfPageSizes(pdf).count, 2)
        // Each page's header shows the logo, at the file's own 120 x 40 pixels, and both pages use one embedded image (one object id).
        XCTAssertEqual(list.count, 2, "\(list)")
        for row in list { XCTAssertEqual(Array(row[3...4]), ["120", "40"]) }
        XCTAssertEqual(Set(list.map { $0[10] }).count, 1, "\(list)")
    }

    func testTheFooterGivesTheBrandAndThePublisherOnlyAsTheDataSource() throws {
        let catalog = try ComparisonFixtures.bundled()
        let pdf = try render(try sheet(logo: nil), .pdf)
        for page in [1, 2] {
            let text = try Tool.pdfText(pdf, page: page)
            let footer = text.split(separator: "\n").suffix(4).joined(separator: "\n")
            for part in ["Northwind Security Supply", "1200 Harbor Way, Suite 4 · Oakland, CA 94607", "Tel. +1 510 555 0142", "quotes@northwind.example",
                         "https://northwind.example", "Page \(page) of 2"] {
                XCTAssertTrue(footer.contains(part), "page \(page) footer lacks \(part):\n\(footer)")
            }
            let p = catalog.publisher
            for part in [p.address, p.phone, p.email, p.web].compactMap({ $0 }) {
                XCTAssertFalse(text.contains(part), "page \(page) prints the publisher's \(part)")
            }
            let publisherLines = text.split(separator: "\n").filter { $0.contains(p.name) }
            XCTAssertEqual(publisherLines.map { $0.trimmingCharacters(in: .whitespaces) },
                           ["Lead data: \(p.name) bulletin “\(catalog.info.title)”, revision \(catalog.info.revision)."], text)
        }
        // Without a logo, the brand's name heads the page.
        XCTAssertTrue(try Tool.pdfText(pdf, page: 1).contains("NORTHWIND SECURITY SUPPLY · PRODUCT COMPARISON"))
    }

    func testQuoteRowsAndNotesPrintInOneFormat() throws {
        let rows = [QuoteRow(label: "Unit price (USD)", values: ["1240", "980.5"]), QuoteRow(label: "Available from", values: ["2026-03-01", "now"])]
        let branded = try sheet(logo: nil, rows: rows)
        let composed = try branded.composedPage(1, typesetter: Typesetter())
        let price = try XCTUnwrap(composed.rows.first { $0.name == "quote row Unit price (USD)" })
        XCTAssertEqual(price.cells.map(\.text), ["Unit price (USD)", "1,240.0", "980.5", ""])
        let available = try XCTUnwrap(composed.rows.first { $0.name == "quote row Available from" })
        XCTAssertEqual(available.cells.map(\.text), ["Available from", "1 March 2026", "now", ""])
        let text = try Tool.pdfText(try render(branded, .pdf), page: 1)
        // The brand's standing notes, then the job's.
        let brandNote = try XCTUnwrap(text.range(of: "Prices are per unit in US dollars"))
        let jobNote = try XCTUnwrap(text.range(of: "Lead times count from the order date."))
        XCTAssertLessThan(brandNote.lowerBound, jobNote.lowerBound)
        XCTAssertTrue(text.contains("About this quote"))
        XCTAssertThrowsError(try sheet(logo: nil, rows: [QuoteRow(label: "Unit price", values: ["1"])])) { error in
            XCTAssertEqual(error as? DocumentError, .outOfRange(.rows, value: "Unit price=1", allowed: "one value per series (2, in column order)"))
        }
    }

    func testNoCatalogMethodSentenceReachesTheCustomer() throws {
        let text = try Tool.pdfText(try render(try sheet(logo: nil), .pdf))
        for sentence in ["lead groups", "computed from the catalog", "Ground: none", "Counts are"] {
            XCTAssertFalse(text.contains(sentence), sentence)
        }
        XCTAssertTrue(text.contains("≠ differs"))
    }

    func testCustomerFormat() throws {
        let english = try Strings.bundled(.english)
        XCTAssertEqual(try CustomerFormat.date("2026-01-15", in: english), "15 January 2026")
        XCTAssertNil(try CustomerFormat.date("15/01/2026", in: english))
        XCTAssertNil(try CustomerFormat.date("2026-02-30", in: english), "no such day")
        XCTAssertEqual(try CustomerFormat.row(["1240", "980.50", "1,000,000"], in: english), ["1,240.00", "980.50", "1,000,000.00"])
        XCTAssertEqual(try CustomerFormat.row(["-3", "12 weeks", "2026-12-01"], in: english), ["−3", "12 weeks", "1 December 2026"])
        // Every language writes the month's name from its table, in its own order, and its own digit grouping and decimal separator.
        let expected: [Language: (date: String, numbers: [String])] = [
            .spanish: ("15 de enero de 2026", ["1240,00", "980,50", "1.000.000,00"]),
            .french: ("15 janvier 2026", ["1\u{202F}240,00", "980,50", "1\u{202F}000\u{202F}000,00"]),
            .german: ("15. Januar 2026", ["1.240,00", "980,50", "1.000.000,00"]),
            .simplifiedChinese: ("2026年1月15日", ["1,240.00", "980.50", "1,000,000.00"]),
            .arabic: ("15 يناير، 2026", ["1,240.00", "980.50", "1,000,000.00"]),
        ]
        for (language, form) in expected {
            let strings = try Strings.bundled(language)
            XCTAssertEqual(try CustomerFormat.date("2026-01-15", in: strings), form.date, "\(language)")
            XCTAssertEqual(try CustomerFormat.row(["1240", "980.50", "1,000,000"], in: strings), form.numbers, "\(language)")
        }
    }

    /// Numbers typed the local way are read in the sheet's language and printed in its one format; a form that is
    /// neither, or reads two ways, is refused naming the value.
    func testNumbersTypedTheLocalWayAreReadInTheSheetsLanguage() throws {
        let french = try Strings.bundled(.french), german = try Strings.bundled(.german), english = try Strings.bundled(.english)
        XCTAssertEqual(try CustomerFormat.row(["1 240,00", "980,00"], in: french), ["1\u{202F}240,00", "980,00"])
        XCTAssertEqual(try CustomerFormat.row(["1240.5", "1\u{202F}240,25"], in: french), ["1\u{202F}240,50", "1\u{202F}240,25"])
        XCTAssertEqual(try CustomerFormat.row(["1.240,00", "980,5"], in: german), ["1.240,00", "980,50"])
        XCTAssertEqual(try CustomerFormat.row(["1 240.00", "980"], in: english), ["1,240.00", "980.00"])
        XCTAssertThrowsError(try CustomerFormat.row(["1 240,00", "980"], in: english)) { error in
            XCTAssertEqual("\(error)", "rows '1 240,00' is not a number written 1240.50 or 1,240.50")
        }
        XCTAssertThrowsError(try CustomerFormat.row(["1.240", "980"], in: german)) { error in
            XCTAssertTrue("\(error)".contains("'1.240'"), "\(error)")
        }
        // Text that is not a number still prints as given.
        XCTAssertEqual(try CustomerFormat.row(["24 mois", "inclus"], in: french), ["24 mois", "inclus"])
    }
}
