import DisplayList
import Documents
import Foundation
import Geometry
import Layout
import LeadCatalog
import Render
import TestSupport
import Typesetting
import XCTest

final class PinoutCardTests: XCTestCase {
    private func card(_ id: String, preset: String = "cr80", bleed: Length = .mm(3)) throws -> PinoutCard {
        let catalog = try CardFixtures.catalog()
        let series = try XCTUnwrap(catalog.series.first { $0.id == id })
        return PinoutCard(series: series, catalog: catalog, preset: try CardFixtures.presets().preset(named: preset, kinds: [.card]), bleed: bleed,
                          alternatives: try CardFixtures.cardPresets())
    }

    private func renderPDF(_ card: PinoutCard, duplex: Bool = false, sheet: Preset? = nil) throws -> URL {
        let url = try Tool.temporaryFolder().appendingPathComponent("card.pdf")
        _ = try Renderer().render(card.pages(typesetter: Typesetter(), duplex: duplex, sheet: sheet), to: url, settings: RenderSettings(format: .pdf, dpi: 300, title: "card"))
        return url
    }

    private func collapse(_ text: String) -> String { text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }

    func testEveryLeadAppearsInCatalogOrderWithGroupsAndFootnoteMarks() throws {
        for id in ["PRO", "VALUE"] {
            let card = try card(id)
            let url = try renderPDF(card)
            let front = try Tool.pdfText(url, page: 1)
            let lines = front.split(separator: "\n").map(String.init)
            // A CR80 card keeps 6 pt rows by leaving colour names to the back's legend.
            let namesOnFront = try card.faces(typesetter: Typesetter()).front.table.columns.showsColorName
            XCTAssertEqual(namesOnFront, card.preset.name != "cr80", id)
            var next = 0
            for lead in card.series.leads {
                let found = lines[next...].firstIndex { $0.contains(lead.label) && $0.contains(lead.definition) && $0.contains(lead.color.code) && (!namesOnFront || $0.contains(lead.colorName)) }
                let index = try XCTUnwrap(found, "\(id) lead \(lead.position) \(lead.label) missing or out of order in:\n\(front)")
                next = index + 1
            }
            XCTAssertTrue(front.contains("\(card.series.name) · \(card.series.leadCount) flying leads"), front)
            for group in card.series.groups {
                let title = group.footnoteMark.map { "\(group.name) \($0)" } ?? group.name
                XCTAssertTrue(front.contains(title), "\(id): group \(title) missing")
            }
            let back = collapse(try Tool.pdfText(url, page: 2))
            for note in card.series.footnotes {
                XCTAssertTrue(back.contains(collapse(note.text)), "\(id): footnote \(note.mark) not printed in full:\n\(back)")
            }
            for lead in card.series.leads {
                XCTAssertTrue(back.contains("\(lead.color.code) \(lead.colorName)"), "\(id): the legend does not name \(lead.color.code):\n\(back)")
            }
            XCTAssertTrue(back.contains("Catalog revision \(card.catalog.info.revision)"))
            XCTAssertTrue(back.contains(card.catalog.publisher.name))
            XCTAssertTrue(back.contains("Tel \(card.catalog.publisher.phone ?? "?")"))
        }
    }

    func testOneSwatchPerLeadFilledWithItsPaletteColour() throws {
        let palette = try CardFixtures.palette()
        for id in ["PRO", "VALUE"] {
            let card = try card(id)
            let faces = try card.faces(typesetter: Typesetter())
            let rows = faces.front.table.rows
            XCTAssertEqual(rows.map(\.lead.position), card.series.leads.map(\.position), "all rows on the front, in catalog order")
            let shapes = faces.front.items.flatMap { $0.flattened() }.compactMap { entry -> Shape? in
                if case .shape(let s) = entry.item, s.fill != nil { return s } else { return nil }
            }
            let swatchSize = try XCTUnwrap(rows.first?.swatch.size)
            let swatches = shapes.filter { s in s.path.bounds.map { abs(($0.width - swatchSize.width).points) < 1e-6 && abs(($0.height - swatchSize.height).points) < 1e-6 } ?? false }
            XCTAssertEqual(swatches.count, card.series.leadCount, "\(id): swatch count")
            for (row, swatch) in zip(rows, swatches) {
                let expected = try XCTUnwrap(palette.resolve(row.lead.colorName))
                XCTAssertEqual(swatch.fill, expected.base, "\(id) lead \(row.lead.position) \(row.lead.colorName)")
                XCTAssertEqual(swatch.path.bounds?.minY.points ?? 0, row.swatch.minY.points, accuracy: 1e-6)
            }
            // White and yellow vanish on white card: they are outlined.
            for row in rows where row.lead.color.base.contrastRatio(with: .white) < 3 {
                let outlined = faces.front.items.contains { item in
                    if case .shape(let s) = item, s.stroke != nil, let b = s.path.bounds, row.swatch.contains(b), b.contains(row.swatch) { return true }
                    return false
                }
                XCTAssertTrue(outlined, "\(id): \(row.lead.colorName) swatch is not outlined")
            }
        }
    }

    func testEveryTextHasAtLeast4_5To1AgainstWhatItIsPrintedOn() throws {
        for id in ["PRO", "VALUE"] {
            var pages = try card(id).pages(typesetter: Typesetter(), duplex: true, sheet: try CardFixtures.presets().preset(named: "letter", kinds: [.page]))
            var checked = 0
            for page in try pages.collect() {
                var painted: [(rect: Rect, fill: RGBColor)] = []
                for (item, transform) in page.items.flatMap({ $0.flattened() }) {
                    switch item {
                    case .shape(let shape):
                        if let fill = shape.fill, let bounds = shape.path.bounds { painted.append((transform.apply(bounds), fill)) }
                    case .glyphs(let run):
                        let ink = transform.apply(run.pageInkBounds)
                        let centre = Point(x: ink.midX, y: ink.midY)
                        let background = painted.last { $0.rect.contains(centre) }?.fill ?? CardStyle.paper
                        XCTAssertGreaterThanOrEqual(run.color.contrastRatio(with: background), 4.5, "\(id): '\(run.text)' \(run.color) on \(background)")
                        checked += 1
                    case .group, .image: break
                    }
                }
            }
            XCTAssertGreaterThan(checked, 100)
        }
    }

    func testPageIsTrimPlusBleedAndColourRunsIntoTheBleed() throws {
        for bleed in [Length.mm(3), .inch(0.125), .zero] {
            let card = try card("PRO", bleed: bleed)
            let sizes = try Tool.pdfPageSizes(try renderPDF(card))
            XCTAssertEqual(sizes.count, 2)
            for size in sizes {
                XCTAssertEqual(size.width, (card.preset.label.width + bleed * 2).points, accuracy: 0.01)
                XCTAssertEqual(size.height, (card.preset.label.height + bleed * 2).points, accuracy: 0.01)
            }
            let band = try card.faces(typesetter: Typesetter()).front.titleBand
            XCTAssertEqual(band.minX.points, -bleed.points, accuracy: 1e-9)
            XCTAssertEqual(band.minY.points, -bleed.points, accuracy: 1e-9)
            XCTAssertEqual(band.maxX.points, (card.preset.label.width + bleed).points, accuracy: 1e-9)
        }
        // The band's colour reaches the page edge of the PNG, which is the bleed's edge.
        let folder = try Tool.temporaryFolder()
        let card = try card("PRO")
        let files = try Renderer().render(card.pages(typesetter: Typesetter(), duplex: false, sheet: nil), to: folder.appendingPathComponent("c.png"),
                                          settings: RenderSettings(format: .png, dpi: 300, title: "c"))
        let image = try XCTUnwrap(PNGImage(files[0]))
        XCTAssertEqual(image.pixel(x: 1, y: 1), CardStyle.titleBand)
        XCTAssertEqual(image.pixel(x: image.width - 2, y: 1), CardStyle.titleBand)
    }

    /// The VALUE card's ten rows open up to fill the front: under a tenth of the card's height is left blank below the last swatch.
    func testTheValueFrontFillsItsCard() throws {
        for preset in try CardFixtures.cardPresets() {
            let card = try card("VALUE", preset: preset.name)
            let front = try card.faces(typesetter: Typesetter()).front
            // The swatches are the front's lowest shapes; the band and group tints sit higher or level with them.
            let lowest = front.items.compactMap { item -> Length? in
                guard case .shape(let shape) = item else { return nil }
                return shape.path.bounds?.maxY
            }.max() ?? .zero
            let blank = (preset.label.height - lowest) / preset.label.height
            XCTAssertLessThan(blank, 0.1, "\(preset.name): \(Int(blank * 100))% of the front is blank at the bottom")
        }
    }

    func testTextStaysInsideTheSafeArea() throws {
        for id in ["PRO", "VALUE"] {
            let card = try card(id)
            let faces = try card.faces(typesetter: Typesetter())
            for items in [faces.front.items, faces.back.items] {
                for (item, _) in items.flatMap({ $0.flattened() }) {
                    guard case .glyphs(let run) = item else { continue }
                    XCTAssertTrue(card.preset.safeArea.contains(run.pageInkBounds, tolerance: .pt(0.5)), "\(id): '\(run.text)' at \(run.pageInkBounds)")
                    XCTAssertGreaterThanOrEqual(run.size.points, card.preset.minimumTextSize.points - 1e-9, "'\(run.text)'")
                }
            }
            XCTAssertTrue(card.preset.safeArea.contains(faces.back.codeArea))
            let inCodeArea = faces.back.items.flatMap { $0.flattened() }.contains { entry in
                if case .glyphs(let run) = entry.item { return run.pageInkBounds.intersects(faces.back.codeArea) } else { return false }
            }
            XCTAssertFalse(inCodeArea, "\(id): the code area must stay clear")
        }
    }

    func testARowsOverflowFlowsToTheBackAtAGroupBoundary() throws {
        let (catalog, series) = try CardFixtures.longSeries(count: 20)
        let card = PinoutCard(series: series, catalog: catalog, preset: try CardFixtures.presets().preset(named: "cr80", kinds: [.card]))
        let faces = try card.faces(typesetter: Typesetter())
        let front = faces.front.table.rows.map(\.lead.position)
        let back = try XCTUnwrap(faces.back.table).rows.map(\.lead.position)
        XCTAssertFalse(back.isEmpty)
        XCTAssertEqual(front + back, Array(1...20))
        XCTAssertEqual(front.count % 2, 0, "a pair must not be split between the faces")
    }

    func testASeriesTooLongForCR80NamesAPresetThatFits() throws {
        let (catalog, series) = try CardFixtures.longSeries(count: 40)
        let presets = try CardFixtures.presets()
        let card = PinoutCard(series: series, catalog: catalog, preset: try presets.preset(named: "cr80", kinds: [.card]), alternatives: try CardFixtures.cardPresets())
        var failure: FitFailure?
        XCTAssertThrowsError(try card.faces(typesetter: Typesetter())) { if case .doesNotFit(let f) = $0 as? DocumentError { failure = f } }
        let found = try XCTUnwrap(failure)
        XCTAssertTrue(found.subject.contains("series BIG") && found.preset == "cr80", found.description)
        let suggested = try XCTUnwrap(found.suggestedPreset, found.description)
        // The suggestion is honest: the named preset holds the series.
        let fitting = PinoutCard(series: series, catalog: catalog, preset: try presets.preset(named: suggested, kinds: [.card]))
        XCTAssertNoThrow(try fitting.faces(typesetter: Typesetter()), suggested)
    }

    func testDuplexSheetPutsBacksOnTheFollowingPageMirrored() throws {
        let presets = try CardFixtures.presets()
        let card = try card("PRO")
        for sheetName in ["letter", "a4"] {
            let sheet = try presets.preset(named: sheetName, kinds: [.page])
            let url = try renderPDF(card, duplex: true, sheet: sheet)
            let sizes = try Tool.pdfPageSizes(url)
            XCTAssertEqual(sizes.count, 2)
            XCTAssertEqual(sizes[1].width, sheet.media.width.points, accuracy: 0.01)
            let imposition = try Imposition.sheet(sheet.media, trim: card.preset.label, bleed: card.bleed)
            XCTAssertEqual(try Tool.pdfText(url, page: 1).components(separatedBy: "17 flying leads").count - 1, imposition.count)
            XCTAssertEqual(try Tool.pdfText(url, page: 2).components(separatedBy: "PRO Series · notes").count - 1, imposition.count)
            var pages = try card.pages(typesetter: Typesetter(), duplex: true, sheet: sheet)
            let built = try pages.collect()
            let backTransforms = built[1].items.compactMap { item -> Transform? in if case .group(let g) = item { return g.transform } else { return nil } }
            XCTAssertEqual(backTransforms, imposition.backSlots.map(\.transform))
        }
    }

    func testNotACardPresetIsRefused() throws {
        let catalog = try CardFixtures.catalog()
        let card = PinoutCard(series: catalog.series[0], catalog: catalog, preset: try CardFixtures.presets().preset(named: "letter", kinds: [.page]))
        XCTAssertThrowsError(try card.faces(typesetter: Typesetter())) { XCTAssertEqual($0 as? DocumentError, .wrongPresetKind(preset: "letter", kind: .page, expected: [.card])) }
    }
}
