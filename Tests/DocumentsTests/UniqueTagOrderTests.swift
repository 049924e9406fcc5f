import DisplayList
import Documents
import Foundation
import Orders
import Render
import TestSupport
import Typesetting
import XCTest

/// An order whose every tag differs (camera ID, serial): drawn as before the split into a shared design and per-tag
/// lines, and with no form XObject placed only once.
///
/// The fixtures in `Fixtures/unique-order/` were rendered from `order.csv` by the commit before the split (ee625f2):
/// `leadprint tags --order order.csv --template site --serial 1 --preset avery-l7651`, as PNG at 72 dpi (pages 2 and 3),
/// as PDF rasterised by `pdftoppm -r 72` (pages 2 and 3), and the PDF's `pdftotext` output, plain and with every word's box
/// (`-bbox`). Page 2 holds tags of cameras whose IDs measure alike (their designs shared) and of two that measure otherwise
/// (each design placed once).
///
/// The PNG is compared pixel for pixel. The PDF's designs placed once were form XObjects and are now drawn with the page,
/// so poppler adds the tag's offset to their coordinates rather than applying it as a matrix: anti-aliased edge pixels may
/// change there. And Cairo writes a glyph's position as the previous glyph's plus its advance from the font's widths, which
/// PDF rounds to a thousandth of an em, correcting only drifts of 3 thousandths or more: a glyph drawn with the page, in a
/// text object of many runs, may sit up to about 0.12 pt from where the layout put it (as serials always did). The PDF is
/// therefore compared by its words' boxes to 0.15 pt (0.05 mm) and by its pixels everywhere but on an edge; the PNG, which
/// draws the display list directly, pixel for pixel.
final class UniqueTagOrderTests: XCTestCase {
    static let fixtures = Tool.repositoryRoot.appendingPathComponent("Tests/DocumentsTests/Fixtures/unique-order")

    private func sheet(csv: URL) throws -> TagSheet {
        let order = try OrderCSVReader.read(path: csv.path)
        let catalog = try TagFixture.catalog()
        // The `site` template as the fixtures were made with it (before it printed the location, issue 24): what is compared here is
        // the drawing of one template's text before and after the split, not what the shipped template says.
        let template = try TagTextTemplate.parse(yaml: Self.siteBeforeLocations, fileName: "site.yaml", extraFields: order.fieldNames)
        let tags = try TagOrder(order: order, series: catalog.series, serialStart: 1)
        return try TagSheet(order: tags, preset: TagFixture.preset("avery-l7651"), template: template)
    }

    static let siteBeforeLocations = """
        name: site
        presets: [avery-l7651]
        lines:
          - {role: id, text: "{camera} {end}"}
          - {role: label, text: "{label}"}
          - {role: detail, text: "{series} · {color} · {group|definition}", split: ["{series} · {color}", "{group|definition}"]}
        """

    private func render(_ sheet: TagSheet, to target: URL, format: OutputFormat, dpi: Double = 300) throws -> [URL] {
        try Renderer().render(sheet.pages(typesetter: Typesetter()), to: target, settings: RenderSettings(format: format, dpi: dpi))
    }

    /// Pixels that differ between two PNG files of one size (a size mismatch counts every pixel).
    private func differingPixels(_ a: URL, _ b: URL) throws -> Int {
        let x = try XCTUnwrap(PNGImage(a), a.path), y = try XCTUnwrap(PNGImage(b), b.path)
        guard x.width == y.width, x.height == y.height else { return max(x.width * x.height, y.width * y.height) }
        var count = 0
        for row in 0..<x.height {
            for column in 0..<x.width where x.pixel(x: column, y: row) != y.pixel(x: column, y: row) { count += 1 }
        }
        return count
    }

    /// Pixels that differ between two PNG files of one size where neither image has an edge (a pixel of another colour
    /// beside it), and the count of all differing pixels.
    private func differingPixelsOffEdges(_ a: URL, _ b: URL) throws -> (offEdges: Int, all: Int) {
        let x = try XCTUnwrap(PNGImage(a), a.path), y = try XCTUnwrap(PNGImage(b), b.path)
        guard x.width == y.width, x.height == y.height else { return (x.width * x.height, x.width * x.height) }
        func onEdge(_ image: PNGImage, _ column: Int, _ row: Int) -> Bool {
            let here = image.pixel(x: column, y: row)
            for dy in -1...1 {
                for dx in -1...1 {
                    let c = column + dx, r = row + dy
                    if c >= 0, r >= 0, c < image.width, r < image.height, image.pixel(x: c, y: r) != here { return true }
                }
            }
            return false
        }
        var offEdges = 0, all = 0
        for row in 0..<x.height {
            for column in 0..<x.width where x.pixel(x: column, y: row) != y.pixel(x: column, y: row) {
                all += 1
                if !onEdge(x, column, row) && !onEdge(y, column, row) { offEdges += 1 }
            }
        }
        return (offEdges, all)
    }

    /// The words `pdftotext -bbox` finds, in its order, with their boxes in points.
    private func words(_ html: String) -> [(text: String, box: [Double])] {
        html.components(separatedBy: "<word ").dropFirst().compactMap { chunk in
            guard let close = chunk.range(of: ">"), let end = chunk.range(of: "</word>") else { return nil }
            let box = chunk[..<close.lowerBound].split(separator: "\"").enumerated().compactMap { $0.offset % 2 == 1 ? Double($0.element) : nil }
            return (String(chunk[close.upperBound..<end.lowerBound]), box)
        }
    }

    func testPNGPagesArePixelForPixelThoseBeforeTheSplit() throws {
        let folder = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try render(sheet(csv: Self.fixtures.appendingPathComponent("order.csv")), to: folder.appendingPathComponent("order.png"), format: .png, dpi: 72)
        XCTAssertEqual(files.count, 3)
        for page in [2, 3] {
            XCTAssertEqual(try differingPixels(files[page - 1], Self.fixtures.appendingPathComponent("before-page\(page).png")), 0, "page \(page)")
        }
    }

    func testPDFPagesAndTextAreThoseBeforeTheSplit() throws {
        let folder = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("order.pdf")
        _ = try render(sheet(csv: Self.fixtures.appendingPathComponent("order.csv")), to: pdf, format: .pdf)
        // pdftotext without -layout, as the fixture was made.
        let text = try Tool.run("pdftotext", [pdf.path, "-"]).stdout
        XCTAssertEqual(text, try String(contentsOf: Self.fixtures.appendingPathComponent("before.txt"), encoding: .utf8))
        XCTAssertTrue(text.contains("LOADING-DOCK-12"), text)
        XCTAssertTrue(text.contains("#0136"), text)
        // Every word in the same place, to 0.15 pt (see above).
        let before = words(try String(contentsOf: Self.fixtures.appendingPathComponent("before-bbox.html"), encoding: .utf8))
        let after = words(try Tool.run("pdftotext", ["-bbox", pdf.path, "-"]).stdout)
        XCTAssertEqual(after.count, before.count)
        XCTAssertGreaterThan(before.count, 1_000)
        for (old, new) in zip(before, after) {
            XCTAssertEqual(new.text, old.text)
            XCTAssertEqual(new.box.count, 4)
            for (a, b) in zip(old.box, new.box) { XCTAssertEqual(a, b, accuracy: 0.15, "\(new.text) at \(new.box), before at \(old.box)") }
        }
        try Tool.run("pdftoppm", ["-r", "72", "-png", pdf.path, folder.appendingPathComponent("page").path])
        for page in [2, 3] {
            let drawn = folder.appendingPathComponent("page-\(page).png")
            let differing = try differingPixelsOffEdges(drawn, Self.fixtures.appendingPathComponent("before-pdf-page\(page).png"))
            print("PDF page \(page) at 72 dpi: \(differing.all) pixels of \(596 * 842) differ from the rendering before the split, \(differing.offEdges) off an edge")
            XCTAssertEqual(differing.offEdges, 0, "page \(page)")
            XCTAssertLessThan(differing.all, 596 * 842 / 200, "page \(page)")
        }
    }

    func testNoFormXObjectOfTheOrderIsPlacedOnce() throws {
        let folder = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("order.pdf")
        _ = try render(sheet(csv: Self.fixtures.appendingPathComponent("order.csv")), to: pdf, format: .pdf)
        let placements = try FormXObjects.placements(in: pdf, folder: folder)
        print("form XObjects and their placements: \(placements.values.sorted())")
        XCTAssertFalse(placements.isEmpty, "designs placed on several tags of a page are recorded once")
        for (name, count) in placements { XCTAssertGreaterThanOrEqual(count, 2, "form XObject \(name) placed \(count) time(s)") }
    }

    func testADesignPlacedOnceInAnOrderOfOneCameraIsDrawnInline() throws {
        // One camera: each of its 17 leads is a design of its own, placed once.
        let folder = try Tool.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("one.csv")
        try "camera,series,location\nGATE-2,PRO,Yard\n".write(to: csv, atomically: true, encoding: .utf8)
        let pdf = folder.appendingPathComponent("one.pdf")
        _ = try render(sheet(csv: csv), to: pdf, format: .pdf)
        XCTAssertEqual(try FormXObjects.placements(in: pdf, folder: folder), [:])
        XCTAssertTrue(try Tool.pdfText(pdf).contains("GATE-2"))
    }
}

/// Form XObjects of a PDF and how many times the document places each (`/name Do` in any content stream).
enum FormXObjects {
    static func placements(in pdf: URL, folder: URL) throws -> [String: Int] {
        let qdf = folder.appendingPathComponent("qdf-\(pdf.lastPathComponent)")
        let result = try Tool.run("qpdf", ["--qdf", "--object-streams=disable", pdf.path, qdf.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let text = String(decoding: try Data(contentsOf: qdf), as: UTF8.self)
        // Objects that are forms, by number.
        var forms: Set<String> = []
        let objects = text.components(separatedBy: "\nendobj")
        for object in objects where object.contains("/Subtype /Form") {
            if let header = object.range(of: #"(\d+) 0 obj"#, options: .regularExpression) {
                forms.insert(String(object[header].split(separator: " ")[0]))
            }
        }
        // Names that resource dictionaries give those forms.
        var names: Set<String> = []
        let entry = try NSRegularExpression(pattern: #"(/[A-Za-z0-9_.]+) (\d+) 0 R"#)
        for match in entry.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let name = Range(match.range(at: 1), in: text), let number = Range(match.range(at: 2), in: text) else { continue }
            if forms.contains(String(text[number])) { names.insert(String(text[name])) }
        }
        var counts: [String: Int] = [:]
        for name in names { counts[name] = text.components(separatedBy: "\(name) Do").count - 1 }
        return counts
    }
}
