import Foundation
import Geometry
import LeadprintKit
import Verify

/// Verifies scans of a tags job's sheets: the job's slots and reference pages from the engine, the comparison from Verify.
public struct JobVerifier {
    /// The engine the job renders with.
    public let engine: PrintEngine
    /// The job that printed the sheets.
    public let job: PrintJob
    /// Every slot of the job.
    public let plan: TagSlotPlan
    /// The smallest module in millimetres codes are checked against: `--min-module`, else the job's.
    public let minimumModuleMM: Double
    private let decoder: SymbolDecoder

    /// Reads a job's slots; fails for a job that is not tags with a barcode.
    public init(engine: PrintEngine, job: PrintJob, minimumModule: Length? = nil) throws {
        self.engine = engine; self.job = job
        plan = try engine.tagSlots(for: job)
        minimumModuleMM = (minimumModule ?? plan.minimumModule).millimetres
        decoder = try SymbolDecoder(symbology: plan.symbology)
    }

    /// The resolution reference pages are rendered at: 300 dpi for sheets, finer for a small roll tag, whose modules are a printer dot.
    var referenceDPI: Double { plan.pageSize.width.millimetres < 100 ? 900 : 300 }

    /// The job's sheets `first...` (from 0), with every code located on the job's own rendered pages.
    public func expectedSheets(_ pages: Range<Int>) throws -> [ExpectedSheet] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leadprint-verify-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer {
            do { try FileManager.default.removeItem(at: folder) } catch _ { /* a temporary folder left behind is not what verify reports on */ }
        }
        let references = try engine.referencePages(for: job, dpi: referenceDPI, into: folder)
        var sheets: [ExpectedSheet] = []
        for page in pages {
            var sheet = expectedSheet(page)
            try sheet.locateSymbols(in: ScanLoader.load(path: references[page].path), dpi: referenceDPI, decoder: decoder)
            sheets.append(sheet)
        }
        return sheets
    }

    /// One sheet's labels and tags, without code positions.
    func expectedSheet(_ page: Int) -> ExpectedSheet {
        let labels = plan.slots.filter { $0.page == page }.map { slot in
            ExpectedLabel(position: slot.position, row: slot.row, column: slot.column,
                          origin: Vec2(slot.rect.origin.x.points, slot.rect.origin.y.points), size: Vec2(slot.rect.size.width.points, slot.rect.size.height.points),
                          tag: slot.tag.map { ExpectedTag(index: $0.index, payload: $0.payload, cameraID: $0.cameraID, camera: $0.camera,
                                                          series: $0.series, lead: $0.lead, leadLabel: $0.leadLabel, end: $0.end) })
        }
        return ExpectedSheet(page: page, pageSize: Vec2(plan.pageSize.width.points, plan.pageSize.height.points), labels: labels)
    }

    /// One scan checked against one sheet.
    public struct Result {
        public var report: SheetReport
        public var scan: GrayImage
        public var sheet: ExpectedSheet
        public var transform: Similarity
    }

    /// Verifies scans (already read) against the sheets from `firstSheet` (from 0) on, in order; `dpi` overrides the scans' own.
    public func verify(_ scans: [(name: String, image: GrayImage)], firstSheet: Int = 0, dpi: Double? = nil) throws -> [Result] {
        guard firstSheet + scans.count <= plan.pages else { throw VerifyError.tooManyScans(scans: scans.count, sheets: plan.pages - firstSheet) }
        let sheets = try expectedSheets(firstSheet..<(firstSheet + scans.count))
        let verifier = SheetVerifier(decoder: decoder, minimumModuleMM: minimumModuleMM)
        return try zip(scans, sheets).map { scan, sheet in
            // A scan that states no resolution is taken to be the whole page.
            let resolution = dpi ?? scan.image.pixelsPerInch ?? Double(scan.image.width) / (plan.pageSize.width.points / 72)
            guard (50...4800).contains(resolution) else { throw VerifyError.resolutionOutOfRange(path: scan.name, dpi: resolution) }
            let (report, reading) = try verifier.verify(scan.image, dpi: resolution, sheet: sheet, file: scan.name)
            return Result(report: report, scan: scan.image, sheet: sheet, transform: reading.transform)
        }
    }

    /// The whole report, with the correction relative to the one the job printed with.
    public func report(_ results: [Result]) -> VerifyReport {
        VerifyReport(sheets: results.map(\.report), current: (plan.correction.dx.millimetres, plan.correction.dy.millimetres, plan.correction.scale))
    }
}
