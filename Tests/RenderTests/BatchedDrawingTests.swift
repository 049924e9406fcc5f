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

/// Batched drawing (one path per colour, one glyph call per font, reused tag designs) against item-by-item drawing.
final class BatchedDrawingTests: XCTestCase {
    private static let resources = Tool.repositoryRoot.appendingPathComponent("Resources")

    private func catalog() throws -> Catalog {
        let palette = try Palette.load(from: Self.resources.appendingPathComponent("palette.yaml"))
        return try Catalog.load(from: Self.resources.appendingPathComponent("catalogs/flying-leads.yaml"), palette: palette)
    }

    private func presets() throws -> PresetLibrary { try PresetLibrary.load(folder: Self.resources.appendingPathComponent("presets")) }

    /// The first page of a PRO tag job with serials and outlines on a preset.
    private func tagPage(_ preset: Preset, barcode: TagBarcode? = nil) throws -> Page {
        let series = try XCTUnwrap(catalog().series.first { $0.id == "PRO" })
        let sheet = try TagSheet(order: TagOrder(series: [series], sets: 4, serialStart: 1), preset: preset, outlines: true, barcode: barcode)
        var stream = try sheet.pages(typesetter: Typesetter())
        return try XCTUnwrap(stream.next())
    }

    /// The PNG bytes of one page drawn batched or not.
    private func png(_ page: Page, batching: Bool, dpi: Double = 150, in folder: URL, name: String) throws -> Data {
        let target = folder.appendingPathComponent("\(name)-\(batching ? "batched" : "plain").png")
        let files = try Renderer().render(PageStream([page]), to: target, settings: RenderSettings(format: .png, dpi: dpi, jobs: 1, batching: batching))
        return try Data(contentsOf: XCTUnwrap(files.first))
    }

    func testEveryTagPresetDrawsTheSamePixelsBatched() throws {
        let folder = try Tool.temporaryFolder()
        let tagPresets = try presets().presets(ofKinds: [.sheet, .roll])
        XCTAssertGreaterThan(tagPresets.count, 5)
        for preset in tagPresets {
            let page = try tagPage(preset)
            XCTAssertLessThan(PageBatcher.batches(of: page).count, page.items.flatMap { $0.flattened() }.count, preset.name)
            let plain = try png(page, batching: false, in: folder, name: preset.name)
            let batched = try png(page, batching: true, in: folder, name: preset.name)
            XCTAssertTrue(plain == batched, "\(preset.name): batched PNG differs from item-by-item drawing")
        }
    }

    func testTagsWithBarcodesDrawTheSamePixelsBatched() throws {
        let folder = try Tool.temporaryFolder()
        let preset = try presets().preset(named: "avery-5160", kinds: [.sheet])
        for symbology in ["qr", "code128", "datamatrix"] {
            let barcode = try TagBarcode(symbology: symbology, template: PayloadTemplate("{series}-{position:02}-{serial:05}"))
            let page = try tagPage(preset, barcode: barcode)
            XCTAssertTrue(try png(page, batching: false, dpi: 300, in: folder, name: symbology) == png(page, batching: true, dpi: 300, in: folder, name: symbology), symbology)
        }
    }

    func testEveryCardPresetDrawsTheSamePixelsBatched() throws {
        let folder = try Tool.temporaryFolder()
        let library = try presets()
        let cards = library.presets(ofKinds: [.card])
        XCTAssertFalse(cards.isEmpty)
        let catalog = try catalog()
        let series = try XCTUnwrap(catalog.series.first { $0.id == "VALUE" })
        for preset in cards {
            let card = PinoutCard(series: series, catalog: catalog, preset: preset)
            var stream = try card.pages(typesetter: Typesetter(), duplex: true, sheet: nil)
            let pages = try stream.collect()
            XCTAssertFalse(pages.isEmpty, preset.name)
            for (index, page) in pages.enumerated() {
                let name = "\(preset.name)-\(index + 1)"
                XCTAssertTrue(try png(page, batching: false, in: folder, name: name) == png(page, batching: true, in: folder, name: name), name)
            }
        }
    }

    /// Every fill, stroke and glyph of the page, in page coordinates, as sorted lines of text.
    private func drawnContent(_ items: [(item: Item, transform: Transform)]) -> [String] {
        func r(_ v: Double) -> String { String(format: "%.6f", v + 0) }
        func path(_ p: Path) -> String {
            p.elements.map { element in
                switch element {
                case .move(let q): "M\(r(q.x.points)),\(r(q.y.points))"
                case .line(let q): "L\(r(q.x.points)),\(r(q.y.points))"
                case .curve(let a, let b, let c): "C\([a, b, c].map { "\(r($0.x.points)),\(r($0.y.points))" }.joined(separator: " "))"
                case .close: "Z"
                }
            }.joined(separator: " ")
        }
        var lines: [String] = []
        for (item, t) in items {
            switch item {
            case .shape(let shape):
                let traced = path(shape.path.applying(t))
                if let fill = shape.fill { lines.append("fill \(fill) \(traced)") }
                if let stroke = shape.stroke { lines.append("stroke \(stroke.color) \(stroke.width) \(stroke.dash) \(traced)") }
            case .glyphs(let run):
                let linear = "\(r(t.a)) \(r(t.b)) \(r(t.c)) \(r(t.d))"
                let glyphs = run.glyphs.map { g in
                    let p = t.apply(Point(x: run.origin.x + g.x, y: run.origin.y + g.y))
                    return "\(g.id)@\(r(p.x.points)),\(r(p.y.points))/\(g.cluster)"
                }.joined(separator: " ")
                lines.append("text \(run.font) \(run.size) \(run.color) [\(linear)] \"\(run.text)\" \(glyphs)")
            case .group(let group):
                lines.append("group clip \(group.clip.map { path($0.applying(group.transform.then(t))) } ?? "none")")
            case .image(let image):
                lines.append("image \(image.source) in \(t.apply(image.rect))")
            }
        }
        return lines.sorted()
    }

    private func flattenedKeepingClips(_ item: Item, _ t: Transform) -> [(item: Item, transform: Transform)] {
        guard case .group(let group) = item, group.clip == nil else { return [(item, t)] }
        return group.items.flatMap { flattenedKeepingClips($0, group.transform.then(t)) }
    }

    func testBatchesDrawExactlyThePageItems() throws {
        // Clipped groups are compared as wholes; every other item must come out of the batches unchanged, where the page put it.
        for name in ["avery-l7651", "avery-5160", "brother-hse-11.7mm", "cablebug-mini"] {
            let preset = try presets().preset(named: name, kinds: [.sheet, .roll])
            let page = try tagPage(preset)
            let before = page.items.flatMap { flattenedKeepingClips($0, .identity) }
            var after: [(item: Item, transform: Transform)] = []
            for batch in PageBatcher.batches(of: page) {
                switch batch.kind {
                case .fill(let color): after += batch.paths.map { (.shape(Shape(path: $0, fill: color)), batch.linear) }
                case .stroke(let stroke): after += batch.paths.map { (.shape(Shape(path: $0, stroke: stroke)), batch.linear) }
                case .glyphs: after += batch.runs.map { (.glyphs($0), batch.linear) }
                case .single(let item, let t): after += flattenedKeepingClips(item, t)
                }
            }
            // A shape with both fill and stroke is drawn as a fill then a stroke.
            let split = before.flatMap { entry -> [(item: Item, transform: Transform)] in
                guard case .shape(let s) = entry.item, s.fill != nil, s.stroke != nil else { return [entry] }
                return [(.shape(Shape(path: s.path, fill: s.fill)), entry.transform), (.shape(Shape(path: s.path, stroke: s.stroke)), entry.transform)]
            }
            XCTAssertEqual(drawnContent(split), drawnContent(after), name)
        }
    }

    func testBatchedPDFKeepsItsTextAndFonts() throws {
        let folder = try Tool.temporaryFolder()
        let preset = try presets().preset(named: "avery-l7651", kinds: [.sheet])
        let page = try tagPage(preset)
        var texts: [String] = []
        var fonts: [String] = []
        for batching in [false, true] {
            let target = folder.appendingPathComponent("tags-\(batching).pdf")
            _ = try Renderer().render(PageStream([page, page]), to: target, settings: RenderSettings(format: .pdf, batching: batching))
            texts.append(try Tool.pdfText(target))
            // Names only: the subset prefix is random per file.
            fonts.append(try Tool.run("pdffonts", [target.path]).stdout.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ")[0].split(separator: "+").last.map(String.init) ?? "" }.sorted().joined(separator: ","))
        }
        XCTAssertEqual(texts[0], texts[1])
        XCTAssertTrue(texts[1].contains("ALARMIN_GND"), texts[1])
        XCTAssertTrue(texts[1].contains("0001"), texts[1])
        XCTAssertEqual(fonts[0], fonts[1])
    }
}
