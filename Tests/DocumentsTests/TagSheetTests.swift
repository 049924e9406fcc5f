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

final class TagSheetTests: XCTestCase {
    func testTwoSetsOfProOnAvery5160AreThirtyFourTagsOnTwoPages() throws {
        let pro = try TagFixture.series("PRO")
        let sheet = try TagSheet(order: TagOrder(series: [pro], sets: 2), preset: try TagFixture.preset("avery-5160"))
        XCTAssertEqual(sheet.order.count, 34)
        XCTAssertEqual(sheet.pageCount, 2)
        let target = try Tool.temporaryFolder().appendingPathComponent("tags.pdf")
        _ = try Renderer().render(try sheet.pages(typesetter: Typesetter()), to: target, settings: RenderSettings(format: .pdf))
        XCTAssertEqual(try Tool.pdfPageSizes(target).count, 2)
        let words = try Tool.pdfText(target).split(whereSeparator: \.isWhitespace).map(String.init)
        for lead in pro.leads {
            let expected = 2 * pro.leads.filter { $0.label == lead.label }.count
            XCTAssertEqual(words.filter { $0 == lead.label }.count, expected, lead.label)
        }
        // 30 labels on the first page, 4 on the second.
        let pages = try TagFixture.pages(sheet)
        XCTAssertEqual(mainLabels(pages[0], sheet.preset).count, 30)
        XCTAssertEqual(mainLabels(pages[1], sheet.preset).count, 4)
    }

    func testStartAtLeavesTheFirstPositionsEmpty() throws {
        let pro = try TagFixture.series("PRO")
        let preset = try TagFixture.preset("avery-5160")
        let sheet = try TagSheet(order: TagOrder(series: [pro], sets: 2), preset: preset, startAt: 7)
        XCTAssertEqual(sheet.pageCount, 2)
        XCTAssertEqual(sheet.placement(ofTag: 0).position, 6)
        let page = try TagFixture.pages(sheet)[0]
        let grid = LabelGrid(preset: preset)
        for position in 0..<6 {
            XCTAssertFalse(page.placedItems.contains { grid.rect(of: position).intersects($0.bounds) }, "position \(position + 1) is not empty")
        }
        let labels = mainLabels(page, preset)
        XCTAssertEqual(labels[6], "ALARMINA")
        XCTAssertEqual(labels.count, 24)
    }

    func testBothEndsPrintsEachWiresTagTwiceWithOneSerial() throws {
        let value = try TagFixture.series("VALUE")
        let order = try TagOrder(series: [value], sets: 2, serialStart: 100, ends: 2)
        XCTAssertEqual(order.count, 40)
        XCTAssertEqual((0..<6).map { order.tag(at: $0).lead.position }, [1, 1, 2, 2, 3, 3])
        XCTAssertEqual((0..<6).map { order.tag(at: $0).serial }, [100, 100, 101, 101, 102, 102])
        XCTAssertEqual((20..<22).map { order.tag(at: $0).camera }, [2, 2])
        XCTAssertEqual(order.lastSerial, 119)
        let byLead = try TagOrder(series: [value], sets: 2, collation: .lead, ends: 2)
        XCTAssertEqual((0..<4).map { byLead.tag(at: $0).camera }, [1, 1, 2, 2])
        XCTAssertThrowsError(try TagOrder(series: [value], ends: 3))
    }

    func testCollateByLeadKeepsEachLeadsTagsTogether() throws {
        let pro = try TagFixture.series("PRO")
        let preset = try TagFixture.preset("avery-5160")
        let order = try TagOrder(series: [pro], sets: 3, collation: .lead)
        XCTAssertEqual((0..<6).map { order.tag(at: $0).lead.position }, [1, 1, 1, 2, 2, 2])
        XCTAssertEqual((0..<6).map { order.tag(at: $0).camera }, [1, 2, 3, 1, 2, 3])
        let labels = mainLabels(try TagFixture.pages(try TagSheet(order: order, preset: preset))[0], preset)
        XCTAssertEqual((0..<7).map { labels[$0] ?? "" },
                       ["ALARMINA", "ALARMINA", "ALARMINA", "ALARMIN_GND", "ALARMIN_GND", "ALARMIN_GND", "ALARMINB"])
        let byCamera = try TagOrder(series: [pro], sets: 3, collation: .camera)
        XCTAssertEqual((16...18).map { byCamera.tag(at: $0).lead.position }, [17, 1, 2])
        XCTAssertEqual(byCamera.tag(at: 17).camera, 2)
    }

    func testSerialsRunOnAndLookupIsByIndex() throws {
        let catalog = try TagFixture.catalog()
        let order = try TagOrder(series: catalog.series, sets: 2, serialStart: 100)
        XCTAssertEqual(order.count, 54)
        XCTAssertEqual(order.tag(at: 0).serial, 100)
        XCTAssertEqual(order.tag(at: 34).series.id, "VALUE")
        XCTAssertEqual(order.tag(at: 53).serial, 153)
        let sheet = try TagSheet(order: order, preset: try TagFixture.preset("avery-l7651"))
        let texts = try TagFixture.pages(sheet).flatMap { $0.placedItems.compactMap(\.text) }
        XCTAssertTrue(texts.contains("#0100") && texts.contains("#0153"), "\(texts.filter { $0.hasPrefix("#") })")
    }

    /// Every glyph of every tag inside its label's safe area, for every shipped preset, with serials on.
    func testEveryTagsTextIsInsideTheSafeArea() throws {
        let catalog = try TagFixture.catalog()
        for preset in try TagFixture.presets().presets(ofKinds: [.sheet, .roll]) {
            let sheet = try TagSheet(order: TagOrder(series: catalog.series, serialStart: 1), preset: preset)
            let grid = LabelGrid(preset: preset)
            var seen: Set<String> = []
            for page in try TagFixture.pages(sheet) {
                for item in page.placedItems {
                    guard let text = item.text else { continue }
                    seen.insert(text)
                    let centre = Point(x: item.bounds.midX, y: item.bounds.midY)
                    guard let position = (0..<grid.count).first(where: { grid.rect(of: $0).contains(centre) }) else {
                        XCTFail("\(preset.name): '\(text)' lies on no label"); continue
                    }
                    let origin = grid.origin(of: position)
                    let safe = preset.safeArea.offsetBy(dx: origin.x, dy: origin.y)
                    XCTAssertTrue(safe.contains(item.bounds, tolerance: .pt(0.01)), "\(preset.name): '\(text)' \(item.bounds) outside \(safe)")
                }
            }
            for lead in catalog.series.flatMap(\.leads) { XCTAssertTrue(seen.contains(lead.label), "\(preset.name): \(lead.label) missing") }
        }
    }

    func testPdfTextFindsEveryLabelOnEveryPreset() throws {
        let catalog = try TagFixture.catalog()
        let folder = try Tool.temporaryFolder()
        for preset in try TagFixture.presets().presets(ofKinds: [.sheet, .roll]) {
            let target = folder.appendingPathComponent("\(preset.name).pdf")
            let sheet = try TagSheet(order: TagOrder(series: catalog.series), preset: preset)
            _ = try Renderer().render(try sheet.pages(typesetter: Typesetter()), to: target, settings: RenderSettings(format: .pdf))
            // Rotated text comes out one glyph a line with -layout; raw order keeps it whole.
            let text = try Tool.run("pdftotext", ["-raw", target.path, "-"]).stdout
            for lead in catalog.series.flatMap(\.leads) { XCTAssertTrue(text.contains(lead.label), "\(preset.name): \(lead.label)") }
        }
    }

    func testLegendRepeatsAlongSleeves() throws {
        let pro = try TagFixture.series("PRO")
        let ground = try TagOrder(series: [pro]).tag(at: 8)
        XCTAssertEqual(ground.lead.label, "GND")
        for name in ["laser-sleeve-a4"] {
            let sheet = try TagSheet(order: TagOrder(series: [pro]), preset: try TagFixture.preset(name))
            let texts = try TagFixture.pages(sheet)[0].placedItems.compactMap(\.text)
            // GND's detail line at the sheet's 6 pt minimum leaves no room for a second copy: the detail is kept, the copy is not.
            XCTAssertEqual(texts.filter { $0 == "GND" }.count, 1, name)
            XCTAssertEqual(texts.filter { $0 == "PRO · Black · Ground" }.count, 1, name)
            XCTAssertEqual(texts.filter { $0 == "RS485+" }.count, 2, name)
            XCTAssertEqual(texts.filter { $0 == "ALARMIN_GND" }.count, 2, "one per ALARMIN_GND lead: too long to repeat")
            // A label that would fall below 8 pt in half the band keeps one larger copy; one that stays above takes two.
            XCTAssertEqual(texts.filter { $0 == "LINEOUT_R" }.count, 1, name)
            let sizes = try TagFixture.pages(sheet)[0].placedItems.compactMap { placed -> Length? in
                if case .glyphs(let run) = placed.item, run.text == "LINEOUT_R" { return run.size }
                return nil
            }
            XCTAssertTrue(sizes.allSatisfy { $0 >= .pt(8) }, "\(sizes)")
        }
    }

    func testTooLongLabelFailsNamingTagAndPreset() throws {
        let yaml = try String(contentsOf: TagFixture.resources.appendingPathComponent("catalogs/flying-leads.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "label: GND,", with: "label: GROUND_RETURN_OF_THE_ALARM_OUTPUT_CIRCUIT_AND_METAL_BASE,")
        let catalog = try Catalog.load(yaml: yaml, fileName: "long.yaml", palette: TagFixture.palette())
        let sheet = try TagSheet(order: TagOrder(series: catalog.series), preset: try TagFixture.preset("cablebug-mini"))
        let target = try Tool.temporaryFolder().appendingPathComponent("long.pdf")
        XCTAssertThrowsError(try Renderer().render(try sheet.pages(typesetter: Typesetter()), to: target, settings: RenderSettings(format: .pdf))) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("PRO lead 9") && message.contains("cablebug-mini") && message.contains("GROUND_RETURN"), message)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: target.path))
    }

    func testOffsetMovesEveryItemByExactlyThatAmount() throws {
        let preset = try TagFixture.preset("avery-5160")
        let order = try TagOrder(series: [try TagFixture.series("PRO")], serialStart: 1)
        let plain = try TagFixture.pages(try TagSheet(order: order, preset: preset, outlines: true))[0].placedItems
        let correction = try PrinterCorrection(offset: "1mm,-2mm", scale: nil)
        XCTAssertEqual(correction.dx, .mm(1))
        let moved = try TagFixture.pages(try TagSheet(order: order, preset: preset, outlines: true, correction: correction))[0].placedItems
        XCTAssertEqual(plain.count, moved.count)
        XCTAssertGreaterThan(plain.count, 100)
        for (a, b) in zip(plain, moved) {
            XCTAssertEqual(b.bounds.minX.points - a.bounds.minX.points, Length.mm(1).points, accuracy: 1e-9)
            XCTAssertEqual(b.bounds.minY.points - a.bounds.minY.points, Length.mm(-2).points, accuracy: 1e-9)
            XCTAssertEqual(b.bounds.width.points, a.bounds.width.points, accuracy: 1e-9)
        }
    }

    func testScaleAndBadCorrections() throws {
        XCTAssertEqual(try PrinterCorrection(offset: nil, scale: "100.5%").scale, 1.005, accuracy: 1e-12)
        XCTAssertEqual(try PrinterCorrection(offset: "0.04in,0pt", scale: nil).dx, .inch(0.04))
        XCTAssertThrowsError(try PrinterCorrection(offset: "1,2", scale: nil))
        XCTAssertThrowsError(try PrinterCorrection(offset: nil, scale: "3"))
        XCTAssertThrowsError(try TagSheet(order: TagOrder(series: [try TagFixture.series("PRO")]), preset: try TagFixture.preset("avery-5160"), startAt: 31))
    }

    func testSwatchIsTheWireColourAndOutlinedWhenPale() throws {
        let pro = try TagFixture.series("PRO")
        let preset = try TagFixture.preset("avery-5160")
        let target = try Tool.temporaryFolder().appendingPathComponent("tags.png")
        let sheet = try TagSheet(order: TagOrder(series: [pro]), preset: preset)
        _ = try Renderer().render(try sheet.pages(typesetter: Typesetter()), to: target, settings: RenderSettings(format: .png, dpi: 150))
        let image = try XCTUnwrap(PNGImage(target))
        let grid = LabelGrid(preset: preset)
        // The swatch's top edge band, clear of the code text, in the label's left part of the safe area.
        func swatchPixel(_ position: Int) -> RGBColor {
            let o = grid.origin(of: position).offsetBy(dx: preset.safeArea.minX, dy: preset.safeArea.minY)
            return image.pixel(at: o.offsetBy(dx: .mm(4), dy: .mm(1.5)), dpi: 150)
        }
        XCTAssertEqual(swatchPixel(0), pro.leads[0].color.base, "brown swatch")
        XCTAssertEqual(swatchPixel(4), pro.leads[4].color.base, "green swatch")
        let white = try TagFixture.pages(sheet)[0].placedItems.filter {
            if case .shape(let s) = $0.item { return s.stroke != nil && grid.rect(of: 7).contains($0.bounds) }
            return false
        }
        XCTAssertEqual(white.count, 1, "the white swatch of OUT2B is outlined")
    }

    /// The lead label (the largest text) of each label position that has one.
    private func mainLabels(_ page: Page, _ preset: Preset) -> [Int: String] {
        let grid = LabelGrid(preset: preset)
        var best: [Int: (String, Length)] = [:]
        for item in page.placedItems {
            guard case .glyphs(let run) = item.item else { continue }
            let centre = Point(x: item.bounds.midX, y: item.bounds.midY)
            guard let position = (0..<grid.count).first(where: { grid.rect(of: $0).contains(centre) }) else { continue }
            if run.size > best[position]?.1 ?? .zero { best[position] = (run.text, run.size) }
        }
        return best.mapValues(\.0)
    }
}
