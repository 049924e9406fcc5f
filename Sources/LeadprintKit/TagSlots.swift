import Documents
import Foundation
import Geometry
import Layout
import Render

/// One label position of a printed tag sheet, and the tag the job put there (if any): what `leadprint verify` checks a scan against.
public struct TagSlot: Sendable {
    /// The sheet (page), from 0.
    public var page: Int
    /// The label position on the sheet, from 0, in fill order.
    public var position: Int
    /// The label's row and column on the sheet, from 0.
    public var row: Int, column: Int
    /// The label's outline on the page, before any printer correction.
    public var rect: Rect
    /// The tag printed there, or nil for a label the job leaves empty.
    public var tag: SlotTag?
}

/// What a slot's tag says: its barcode payload and the names a report gives it.
public struct SlotTag: Sendable {
    /// The tag's index in print order, from 0.
    public var index: Int
    /// The barcode payload.
    public var payload: String
    /// The camera's ID (`CAM-01`) and its number in the order, from 1.
    public var cameraID: String, camera: Int
    /// The series, the lead's position and label.
    public var series: String, lead: Int, leadLabel: String
    /// The wire's end (`A`, `B`), empty for one tag per wire.
    public var end: String
}

/// Every label of every sheet a tags job prints, with the job's barcode: the expectation a scan is compared with.
public struct TagSlotPlan: Sendable {
    /// The preset's name.
    public var preset: String
    /// The page (sheet or roll tag) size.
    public var pageSize: Size
    /// Sheets printed.
    public var pages: Int
    /// Label positions per sheet.
    public var labelsPerPage: Int
    /// The first label used on the first sheet, from 1.
    public var startAt: Int
    /// The symbology (`code128`, `datamatrix`, `qr`).
    public var symbology: String
    /// The smallest module the job asked for (`--min-module`, else the preset's default).
    public var minimumModule: Length
    /// The correction the job printed with.
    public var correction: PrinterCorrection
    /// Every label position of every sheet, in page then fill order.
    public var slots: [TagSlot]
}

extension PrintEngine {
    /// The slots of a tags job with a barcode; fails for other documents and for tags without a barcode.
    public func tagSlots(for job: PrintJob) throws -> TagSlotPlan {
        guard case .tags(let options) = job.document else { throw LeadprintError.verifyNeedsTags(kind: job.document.kind) }
        let sheet = try tagSheet(for: options, language: job.language())
        guard let barcode = sheet.barcode else { throw LeadprintError.verifyNeedsBarcode }
        let grid = LabelGrid(preset: sheet.preset)
        let ys = Array(Set(grid.origins.map(\.y.points))).sorted()
        var slots: [TagSlot] = []
        for page in 0..<sheet.pageCount {
            for position in 0..<grid.count {
                let origin = grid.origin(of: position)
                let row = ys.firstIndex(of: origin.y.points) ?? 0
                let column = grid.origins.filter { $0.y == origin.y && $0.x < origin.x }.count
                let tag = sheet.tagIndex(page: page, position: position).map { index -> SlotTag in
                    let t = sheet.order.tag(at: index)
                    return SlotTag(index: index, payload: barcode.payload(for: t), cameraID: t.cameraID, camera: t.camera,
                                   series: t.series.id, lead: t.lead.position, leadLabel: t.lead.label, end: t.end)
                }
                slots.append(TagSlot(page: page, position: position, row: row, column: column, rect: grid.rect(of: position), tag: tag))
            }
        }
        return TagSlotPlan(preset: sheet.preset.name, pageSize: sheet.preset.media, pages: sheet.pageCount, labelsPerPage: grid.count,
                           startAt: sheet.startAt, symbology: barcode.symbology.rawValue, minimumModule: barcode.minimumModule(on: sheet.preset),
                           correction: sheet.correction, slots: slots)
    }

    /// Renders a tags job's sheets as PNG pages at `dpi` without its printer correction, into `folder`: where every code
    /// should land, for a scan to be registered against. Returns the pages in order.
    public func referencePages(for job: PrintJob, dpi: Double, into folder: URL) throws -> [URL] {
        guard case .tags(var options) = job.document else { throw LeadprintError.verifyNeedsTags(kind: job.document.kind) }
        options.offset = nil
        options.scale = nil
        options.summaryJSON = nil
        var reference = PrintJob(.tags(options), output: folder.appendingPathComponent("reference.png").path, formats: [.png], dpi: dpi, lang: job.lang)
        reference.parallelPages = 1
        return try write(reference, outputFolder: folder)
    }
}
