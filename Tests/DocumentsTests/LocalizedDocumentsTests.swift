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

/// Cards and comparison sheets in every shipped language: translated headings and definitions in the PDF text, no English left.
final class LocalizedDocumentsTests: XCTestCase {
    /// Every fixed English phrase of a card or comparison sheet; none may survive translation. ("Date", "Page", "Tel", "Fax" and
    /// "RS-485" are left out: French writes "Date" and "Page" too, several languages write "Tel." and "Fax", and RS-485 is a standard's name.)
    static let englishHeadings = [
        "flying lead", "Flying lead", "FLYING-LEAD COMPARISON", "notes", "Notes", "on back", "continued", "Wire colours", "IEC 60757 code", "colour codes",
        "striped swatch", "outlined swatch", "Colour is never", "Catalog revision", "Data:", "Lead by lead", "Wire", "Label", "Definition",
        "Group", "In short", "differs", "none", "Lead data", "revision", "Customer", "Alarm input", "Alarm output", "Microphone input",
        "Audio output", "Ground", " vs ", "Special order IP cameras", "Series", "Every wire", "lead by lead", "in total", "sensors", "sirens",
        "speakers", "Dedicated chassis", "serial connection", "Yes", "means the series",
    ]

    static let languages: [Language] = [.spanish, .french, .german, .simplifiedChinese, .arabic]

    private func translated(_ language: Language) throws -> (Catalog, Strings) {
        let catalog = try CardFixtures.catalog()
        let overlay = CatalogTranslation.url(besideCatalog: ComparisonFixtures.catalogURL, language: language.code)
        let translation = try CatalogTranslation.load(from: overlay, language: language.code, for: catalog)
        return (translation.apply(to: catalog), try Strings.bundled(language))
    }

    /// Extracted text without the bidi controls pdftotext adds, in NFKC (Arabic presentation forms back to letters), spaces collapsed.
    private func normalized(_ text: String) -> String {
        let controls = Set<Unicode.Scalar>(["\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}",
                                            "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"])
        let kept = String(String.UnicodeScalarView(text.unicodeScalars.filter { !controls.contains($0) }))
        return kept.precomposedStringWithCompatibilityMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether pdftotext can give a phrase back as written: pure Arabic, lam-alef ligatures and vowel marks included (they extract
    /// in logical order: ExtractableText). Arabic mixed with digits or Latin is checked in the display list (TextItemTests), as poppler
    /// moves the spaces and isolates around the Latin part.
    private func checkable(_ text: String, in language: Language) -> Bool {
        guard language == .arabic else { return true }
        return text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || (0x0600...0x06FF).contains($0.value) }
    }

    private func pdf(_ pages: PageStream, _ name: String) throws -> String {
        let url = try Tool.temporaryFolder().appendingPathComponent("\(name).pdf")
        _ = try Renderer().render(pages, to: url, settings: RenderSettings(format: .pdf, dpi: 150, title: name))
        return try Tool.pdfText(url)
    }

    func testCardAndComparisonTextIsTranslatedWithNoEnglishHeadingLeft() throws {
        let presets = try CardFixtures.presets()
        for language in Self.languages {
            let typesetter = try Typesetter(defaultStyle: TextStyle(language: language.code))
            let (catalog, strings) = try translated(language)
            let series = try XCTUnwrap(catalog.series.first { $0.id == "PRO" })
            // Every language fits the wallet-size CR80 at 6 pt.
            let cardPreset = "cr80"
            let card = PinoutCard(series: series, catalog: catalog, preset: try presets.preset(named: cardPreset, kinds: [.card]), strings: strings)
            let cardText = normalized(try pdf(card.pages(typesetter: typesetter, duplex: false, sheet: nil), "card-\(language.code)"))
            let sheet = try ComparisonSheet(catalog: catalog, seriesIDs: ["PRO", "VALUE"], page: ComparisonFixtures.page("a4"),
                                            header: QuoteHeader(customer: "Northwind", date: "2025-11-26"), strings: strings)
            let sheetText = normalized(try pdf(sheet.pages(typesetter: typesetter), "compare-\(language.code)"))

            var expectedOnCard = series.leads.map(\.definition) + series.groups.map(\.name) + series.leads.map(\.colorName)
            expectedOnCard += [try strings.text(.seriesLeadCount, ["series": .text(series.name), "count": 17]),
                               try strings.text(.cardBackTitle, ["series": .text(series.name)]),
                               try strings.text(.cardNotesOnBack, ["marks": "* **"]),
                               try strings.text(.cardLegendCue)]
            var expectedOnSheet = catalog.series.flatMap { $0.leads.map(\.definition) }
            expectedOnSheet += try [StringKey.compareKicker, .leadsHeading, .headWire, .headLabel, .headDefinition, .headGroup, .compareInShort,
                                    .compareNotes, .rowAlarmInputs, .rowFlyingLeads, .fieldCustomer, .compareDiffers].map { try strings.text($0) }
            expectedOnSheet.append(try strings.text(.comparePage, ["page": 1, "total": 2]))
            expectedOnSheet.append(strings.localizingDates(in: "2025-11-26"))
            for (text, expected) in [(cardText, expectedOnCard), (sheetText, expectedOnSheet)] {
                for phrase in Set(expected) where checkable(phrase, in: language) {
                    // Chinese breaks between ideographs, and pdftotext moves the spaces around words in right-to-left lines: compare without spaces.
                    let (haystack, needle) = language == .simplifiedChinese || language == .arabic
                        ? (text.filter { !$0.isWhitespace }, normalized(phrase).filter { !$0.isWhitespace }) : (text, normalized(phrase))
                    XCTAssertTrue(haystack.contains(needle), "\(language.code): '\(phrase)' missing from: \(text.prefix(300))")
                }
                for english in Self.englishHeadings {
                    XCTAssertNil(text.range(of: "\\b\(NSRegularExpression.escapedPattern(for: english))\\b", options: .regularExpression),
                                 "\(language.code): English '\(english)' left in: \(text.prefix(300))")
                }
            }
            // Signal labels print as they are on the wire, in every language.
            for lead in series.leads { XCTAssertTrue(cardText.contains(lead.label), "\(language.code): label \(lead.label) missing") }
        }
    }

    func testEnglishHeadingsListCatchesEnglish() throws {
        // The list above must match the English documents, or the test above could not fail.
        let catalog = try CardFixtures.catalog()
        let sheet = try ComparisonSheet(catalog: catalog, seriesIDs: ["PRO", "VALUE"], page: ComparisonFixtures.page("a4"),
                                        header: QuoteHeader(customer: "Northwind", date: "2025-11-26"))
        let text = normalized(try pdf(sheet.pages(typesetter: Typesetter()), "compare-en"))
        for english in ["FLYING-LEAD COMPARISON", "Every wire", "lead by lead", "Wire", "Label", "Definition", "Group", "In short", "Notes", "Customer",
                        "in total", "sensors", "sirens", "speakers", "Dedicated chassis", "serial connection", "Yes", "means the series"] {
            XCTAssertTrue(text.contains(english), "'\(english)' not in the English sheet:\n\(text)")
        }
    }

    /// The x extent of the glyph runs drawing `text` inside a row.
    private func runs(_ text: String, in items: [Item], row: Rect) -> [Rect] {
        items.compactMap { item -> Rect? in
            guard case .glyphs(let run) = item, !run.text.trimmingCharacters(in: .whitespaces).isEmpty, text.contains(run.text),
                  run.origin.y >= row.minY, run.origin.y <= row.maxY else { return nil }
            return run.pageInkBounds
        }
    }

    func testArabicCardMirrorsSwatchColumnAndBrackets() throws {
        let presets = try CardFixtures.presets()
        for language in [Language.english, .arabic] {
            let (catalog, strings) = language == .english ? (try CardFixtures.catalog(), try Strings.bundled(.english)) : try translated(language)
            let series = try XCTUnwrap(catalog.series.first { $0.id == "PRO" })
            // Every language fits the wallet-size CR80 at 6 pt.
            let cardPreset = "cr80"
            let card = PinoutCard(series: series, catalog: catalog, preset: try presets.preset(named: cardPreset, kinds: [.card]), strings: strings)
            let front = try card.faces(typesetter: Typesetter(defaultStyle: TextStyle(language: language.code))).front
            let trim = front.trim
            for row in front.table.rows {
                let definition = runs(row.lead.definition, in: front.items, row: row.frame)
                let left = try XCTUnwrap(definition.map(\.minX).min(), "\(language.code) lead \(row.lead.position): no run for its definition")
                let right = try XCTUnwrap(definition.map(\.maxX).max())
                if language == .arabic {
                    XCTAssertGreaterThan(row.swatch.minX, right, "ar lead \(row.lead.position): swatch \(row.swatch) not right of definition ..\(right)")
                    XCTAssertGreaterThan(row.swatch.minX, trim.width / 2)
                } else {
                    XCTAssertLessThan(row.swatch.maxX, left, "en lead \(row.lead.position): swatch \(row.swatch) not left of definition \(left)..")
                    XCTAssertLessThan(row.swatch.maxX, trim.width / 2)
                }
            }
            // The back's code area swaps sides with the contact.
            let back = try card.faces(typesetter: Typesetter(defaultStyle: TextStyle(language: language.code))).back
            if language == .arabic { XCTAssertLessThan(back.codeArea.maxX, trim.width / 2) } else { XCTAssertGreaterThan(back.codeArea.minX, trim.width / 2) }
            // The group brackets sit at the far side from the swatches: left of every row's text in Arabic, right of it in English.
            let brackets = front.items.compactMap { item -> Rect? in
                guard case .shape(let shape) = item, shape.stroke != nil, shape.fill == nil, let bounds = shape.path.bounds else { return nil }
                // Light swatches carry an outline of their own.
                return front.table.rows.contains { $0.swatch.minX <= bounds.midX && bounds.midX <= $0.swatch.maxX } ? nil : bounds
            }
            XCTAssertEqual(brackets.count, series.groups.count, "\(language.code): one bracket per group")
            for bracket in brackets {
                if language == .arabic { XCTAssertLessThan(bracket.maxX, trim.width / 2) } else { XCTAssertGreaterThan(bracket.minX, trim.width / 2) }
            }
        }
    }

    func testCalibrationAndSwatchPagesAreTranslated() throws {
        let strings = try Strings.bundled(.german)
        let presets = try CardFixtures.presets()
        let calibration = try CalibrationSheet(preset: presets.preset(named: "avery-5160", kinds: [.sheet]), strings: strings)
        let text = normalized(try pdf(calibration.pages(typesetter: Typesetter()), "calibration-de"))
        XCTAssertTrue(text.contains("Kalibrierung für avery-5160: mit 100 % auf Normalpapier drucken"), text)
        XCTAssertTrue(text.contains("1 Zoll"), text)
        XCTAssertFalse(text.contains("Calibration for"), text)
        let (catalog, _) = try translated(.german)
        let names = try CatalogTranslation.load(from: CatalogTranslation.url(besideCatalog: ComparisonFixtures.catalogURL, language: "de"), language: "de",
                                                for: CardFixtures.catalog()).colorNames
        let swatches = SwatchSheet(palette: catalog.palette, page: try presets.preset(named: "a4", kinds: [.page]), sourceNote: "Palette: palette.yaml",
                                   strings: strings, colorNames: names)
        let swatchText = normalized(try pdf(swatches.pages(typesetter: Typesetter()), "swatches-de"))
        for phrase in ["Farbmuster der Aderfarben", "Braun · IEC BN", "Violett · IEC VT", "schwarze Schrift", "Seite 1 von 1"] {
            XCTAssertTrue(swatchText.contains(phrase), "'\(phrase)' missing:\n\(swatchText)")
        }
        XCTAssertFalse(swatchText.contains("Wire colour swatches"))
    }

    func testArabicComparisonTablesRunRightToLeft() throws {
        let (catalog, strings) = try translated(.arabic)
        let sheet = try ComparisonSheet(catalog: catalog, seriesIDs: ["PRO", "VALUE"], page: ComparisonFixtures.page("a4"), strings: strings)
        let typesetter = try Typesetter(defaultStyle: TextStyle(language: "ar"))
        let summary = try sheet.composedPage(1, typesetter: typesetter)
        let names = try XCTUnwrap(summary.rows.first { $0.name == "series names" })
        // Row labels at the right, then the series from right to left in catalog order.
        XCTAssertGreaterThan(names.cells[0].rect.minX, names.cells[1].rect.maxX - .pt(0.001))
        XCTAssertGreaterThan(names.cells[1].rect.minX, names.cells[2].rect.maxX - .pt(0.001))
        let leads = try sheet.composedPage(2, typesetter: typesetter)
        let first = try XCTUnwrap(leads.rows.first { $0.name == "lead 1" })
        // The position column at the right edge; PRO's wire cell right of its label cell.
        XCTAssertEqual(first.cells[0].rect.maxX.points, sheet.page.media.width.points - sheet.page.safeMargin.points, accuracy: 0.01)
        XCTAssertGreaterThan(first.cells[2].rect.minX, first.cells[3].rect.maxX - .pt(0.001))
    }
}
