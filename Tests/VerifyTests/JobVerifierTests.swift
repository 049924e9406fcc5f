import Foundation
import TestSupport
import JobVerification
import LeadprintKit
import Verify
import Geometry
import XCTest

/// Synthetic scans of leadprint's own pages, moved and damaged as a scanner and a bad print would, verified against the job.
final class JobVerifierTests: XCTestCase {
    static let dpi = 300.0

    /// A tags job with a barcode.
    func job(_ symbology: String, preset: String = "avery-5160", series: String = "PRO", sets: Int = 2, serial: Int? = 1000, startAt: Int = 1) -> PrintJob {
        var tags = TagsJob()
        tags.series = .ids([series])
        tags.preset = preset
        tags.sets = sets
        tags.serial = serial
        tags.startAt = startAt
        tags.barcode = symbology
        return PrintJob(.tags(tags))
    }

    /// The job's page `page` rendered as a grey image at `dpi`.
    func page(_ job: PrintJob, _ page: Int = 0, dpi: Double = dpi) throws -> GrayImage {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verify-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try PrintEngine().referencePages(for: job, dpi: dpi, into: folder)
        return try ScanLoader.load(path: files[page].path)
    }

    /// The label outline of position `p` (from 0) on a job's first sheet, in points.
    func label(_ verifier: JobVerifier, _ p: Int) -> (origin: Vec2, size: Vec2) {
        let r = verifier.plan.slots[p].rect
        return (Vec2(r.origin.x.points, r.origin.y.points), Vec2(r.size.width.points, r.size.height.points))
    }

    func testGoodSheetPassesAndTheMeasuredOffsetAndScaleAreWhatWasApplied() throws {
        let job = job("code128")
        let verifier = try JobVerifier(engine: PrintEngine(), job: job)
        let scanner = SyntheticScan(rotation: 1.5, scale: 1.012, shiftX: 2.4, shiftY: -1.7)
        let scan = scanner.apply(to: try page(job), dpi: Self.dpi)
        let result = try XCTUnwrap(verifier.verify([("good.png", scan)]).first)
        let r = result.report
        XCTAssertTrue(r.pass, r.findings.map(\.line).joined(separator: "\n"))
        XCTAssertEqual(r.codesRead, 30)
        XCTAssertEqual(r.offsetXMM, 2.4, accuracy: 0.2)
        XCTAssertEqual(r.offsetYMM, -1.7, accuracy: 0.2)
        XCTAssertEqual(r.scale, 1.012, accuracy: 0.002)
        XCTAssertEqual(r.rotationDegrees, 1.5, accuracy: 0.05)
        print("measured: offset \(r.offsetXMM - 2.4), \(r.offsetYMM + 1.7) mm off, scale \(r.scale - 1.012) off, rotation \(r.rotationDegrees)")
    }

    func testEachDefectIsReportedAtItsLabel() throws {
        let job = job("code128")
        let verifier = try JobVerifier(engine: PrintEngine(), job: job)
        var printed = try page(job)
        // Label 5 blank; labels 8 and 12 swapped; label 20's tag printed on label 21 as well.
        let l5 = label(verifier, 4), l8 = label(verifier, 7), l12 = label(verifier, 11), l20 = label(verifier, 19), l21 = label(verifier, 20)
        SyntheticScan.blank(&printed, origin: l5.origin, size: l5.size, dpi: Self.dpi)
        SyntheticScan.copy(&printed, from: l8.origin, to: l12.origin, size: l8.size, dpi: Self.dpi, swap: true)
        SyntheticScan.copy(&printed, from: l20.origin, to: l21.origin, size: l20.size, dpi: Self.dpi)
        let scan = SyntheticScan(rotation: -2.2, scale: 0.985, shiftX: -1.2, shiftY: 2.6).apply(to: printed, dpi: Self.dpi)
        let r = try XCTUnwrap(verifier.verify([("defects.png", scan)]).first).report
        XCTAssertFalse(r.pass)
        let found = r.findings.map { "\($0.label) \($0.kind.rawValue) \($0.otherLabel.map(String.init) ?? "-")" }
        XCTAssertEqual(found, ["5 missing -", "8 swapped 12", "12 swapped 8", "21 duplicated 20"], r.findings.map(\.line).joined(separator: "\n"))
        let missing = try XCTUnwrap(r.findings.first)
        XCTAssertEqual(missing.row, 2)
        XCTAssertEqual(missing.column, 2)
        XCTAssertEqual(missing.camera, "CAM-01")
        XCTAssertEqual(missing.lead, 5)
        XCTAssertEqual(missing.expected, "PRO-05-01004")
        // The defects are outliers: the fit is as good as on a clean sheet.
        XCTAssertEqual(r.offsetXMM, -1.2, accuracy: 0.2)
        XCTAssertEqual(r.offsetYMM, 2.6, accuracy: 0.2)
        XCTAssertEqual(r.scale, 0.985, accuracy: 0.002)
    }

    func testASheetStartedAtTheWrongLabelIsOneFinding() throws {
        let verifier = try JobVerifier(engine: PrintEngine(), job: job("code128", sets: 1))
        // The job starts at label 1; the printer was given the sheet as if it started at label 4.
        let printed = try page(job("code128", sets: 1, startAt: 4))
        let scan = SyntheticScan(rotation: 0.7, scale: 1.02, shiftX: 1, shiftY: 1).apply(to: printed, dpi: Self.dpi)
        let r = try XCTUnwrap(verifier.verify([("late.png", scan)]).first).report
        XCTAssertFalse(r.pass)
        XCTAssertEqual(r.findings.map(\.kind), [.wrongStart], r.findings.map(\.line).joined(separator: "\n"))
        XCTAssertEqual(r.findings.first?.label, 4)
        XCTAssertEqual(r.findings.first?.otherLabel, 1)
    }

    func testUnreadableWhenInkIsThereAndNoCodeReads() throws {
        let job = job("code128")
        let verifier = try JobVerifier(engine: PrintEngine(), job: job)
        var printed = try page(job)
        // Smear label 3's code: keep the ink, lose the bars (ribbon ink run over the code).
        let sheet = try verifier.expectedSheets(0..<1)[0]
        let symbol = try XCTUnwrap(sheet.labels[2].tag?.symbol)
        let k = Self.dpi / 72
        for y in Int((symbol.center.y - symbol.height / 2 - 1) * k)..<Int((symbol.center.y + symbol.height / 2 + 1) * k) {
            for x in Int((symbol.center.x - symbol.width / 2) * k)..<Int((symbol.center.x + symbol.width / 2) * k) { printed.pixels[y * printed.width + x] = 40 }
        }
        let r = try XCTUnwrap(verifier.verify([("smear.png", SyntheticScan(rotation: 0.5).apply(to: printed, dpi: Self.dpi))]).first).report
        XCTAssertEqual(r.findings.map { "\($0.label) \($0.kind.rawValue)" }, ["3 unreadable"], r.findings.map(\.line).joined(separator: "\n"))
    }

    func testQRAndDataMatrixOnAveryL7651FromJPEG() throws {
        for symbology in ["qr", "datamatrix"] {
            let job = job(symbology, preset: "avery-l7651", sets: 3)
            let verifier = try JobVerifier(engine: PrintEngine(), job: job)
            var printed = try page(job)
            let l10 = label(verifier, 9)
            SyntheticScan.blank(&printed, origin: l10.origin, size: l10.size, dpi: Self.dpi)
            let scan = SyntheticScan(rotation: 2.8, scale: 1.025, shiftX: 2.9, shiftY: 0.6).apply(to: printed, dpi: Self.dpi)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verify-jpeg-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let png = folder.appendingPathComponent("scan.png"), jpeg = folder.appendingPathComponent("scan.jpg")
            try SyntheticScan.writePNG(scan, to: png)
            XCTAssertEqual(try Tool.run("convert", [png.path, "-quality", "80", "-density", "300", "-units", "PixelsPerInch", jpeg.path]).status, 0)
            let loaded = try ScanLoader.load(path: jpeg.path)
            XCTAssertEqual(loaded.pixelsPerInch, 300)
            let r = try XCTUnwrap(verifier.verify([("scan.jpg", loaded)]).first).report
            XCTAssertEqual(r.findings.map { "\($0.label) \($0.kind.rawValue)" }, ["10 missing"], "\(symbology): " + r.findings.map(\.line).joined(separator: "\n"))
            XCTAssertEqual(r.codesRead, 50)
            XCTAssertEqual(r.offsetXMM, 2.9, accuracy: 0.2, symbology)
            XCTAssertEqual(r.offsetYMM, 0.6, accuracy: 0.2, symbology)
            XCTAssertEqual(r.scale, 1.025, accuracy: 0.002, symbology)
        }
    }

    func testATubeTagScannedAlone() throws {
        for symbology in ["code128", "qr", "datamatrix"] {
            let job = job(symbology, preset: "brother-hse-8.8mm", sets: 1, serial: nil)
            let verifier = try JobVerifier(engine: PrintEngine(), job: job)
            // One printer dot (1/360 in) a module: the scan must resolve it.
            let dpi = 1200.0
            // One code fixes the shift only (see Registration): the scan is shifted, blurred and noised, not turned.
            let scan = SyntheticScan(rotation: 0, scale: 1, shiftX: 0.5, shiftY: 0.3, blur: 1, noise: 6).apply(to: try page(job, 2, dpi: dpi), dpi: dpi)
            let r = try XCTUnwrap(verifier.verify([("tube.png", scan)], firstSheet: 2, dpi: dpi).first).report
            XCTAssertTrue(r.pass, "\(symbology): " + r.findings.map(\.line).joined(separator: "\n"))
            XCTAssertEqual(r.codesRead, 1, symbology)
            XCTAssertEqual(r.offsetXMM, 0.5, accuracy: 0.2, symbology)
            XCTAssertEqual(r.offsetYMM, 0.3, accuracy: 0.2, symbology)
        }
    }

    func testSymbolQualityMeasuresTheModuleAndFlagsItUnderTheMinimum() throws {
        let job = job("datamatrix", preset: "avery-l7651", sets: 1)
        let scan = SyntheticScan(rotation: 1, scale: 1).apply(to: try page(job), dpi: Self.dpi)
        let fine = try XCTUnwrap(JobVerifier(engine: PrintEngine(), job: job).verify([("dm.png", scan)]).first).report
        XCTAssertTrue(fine.pass, fine.findings.map(\.line).joined(separator: "\n"))
        // The module the layout chose, as the scan measures it (to about 0.01 mm at 300 dpi): between the job's minimum
        // (0.25 mm) and the largest used (0.5 mm).
        let modules = fine.symbols.map(\.moduleMM)
        XCTAssertEqual(modules.count, 17)
        XCTAssertTrue(modules.allSatisfy { $0 >= 0.24 && $0 <= 0.52 }, "\(modules)")
        XCTAssertLessThan(modules.max()! - modules.min()!, 0.03, "one module size on every tag: \(modules)")
        XCTAssertTrue(fine.symbols.allSatisfy { $0.contrast > 0.8 && $0.quietZoneInk < 0.02 }, "\(fine.symbols)")
        // Asking for a larger minimum flags every code, at its label.
        let strict = try JobVerifier(engine: PrintEngine(), job: job, minimumModule: .mm(modules.max()! * 1.5))
        let flagged = try XCTUnwrap(strict.verify([("dm.png", scan)]).first).report
        XCTAssertEqual(flagged.findings.map(\.kind), Array(repeating: .symbolQuality, count: 17))
        XCTAssertEqual(flagged.findings.map(\.label), Array(1...17))
        XCTAssertTrue(flagged.findings[0].detail.hasSuffix("(indicative)"), flagged.findings[0].detail)
    }

    func testAScannedPDFOfTwoSheets() throws {
        let job = job("code128")
        let verifier = try JobVerifier(engine: PrintEngine(), job: job)
        var second = try page(job, 1)
        let l3 = label(verifier, 2)
        SyntheticScan.blank(&second, origin: l3.origin, size: l3.size, dpi: Self.dpi)
        let scans = [SyntheticScan(rotation: 0.8, shiftX: 1).apply(to: try page(job), dpi: Self.dpi),
                     SyntheticScan(rotation: -0.6, shiftY: 1).apply(to: second, dpi: Self.dpi)]
        let folder = try Tool.temporaryFolder()
        let pdf = folder.appendingPathComponent("scan.pdf")
        try SyntheticScan.writePDF(scans, dpi: Self.dpi, to: pdf)
        let pages = try ScanLoader.pages(path: pdf.path)
        XCTAssertEqual(pages.map(\.pixelsPerInch), [300, 300])
        let reports = try verifier.verify(pages.map { (name: "scan.pdf", image: $0) }).map(\.report)
        XCTAssertEqual(reports.map(\.pass), [true, false])
        XCTAssertEqual(reports[1].findings.map { "\($0.sheet) \($0.label) \($0.kind.rawValue)" }, ["2 3 missing"])
        XCTAssertEqual(reports[0].offsetXMM, 1, accuracy: 0.2)
        XCTAssertEqual(reports[1].offsetYMM, 1, accuracy: 0.2)
    }
}
