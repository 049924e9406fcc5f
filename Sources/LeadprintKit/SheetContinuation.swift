import Documents
import Foundation

/// Where the next tag job starts, read from the summary JSON of the job before it (`--summary-json`).
public struct SheetContinuation: Equatable, Sendable {
    /// The first free label on the part-used sheet.
    public var startAt: Int
    /// The serial after the last one printed, when that job printed serials.
    public var serial: Int?
    /// Labels per sheet of the stock the summary was written for.
    public var labelsPerSheet: Int

    /// The largest summary file read: a summary is a few hundred bytes.
    static let sizeLimit = 64 * 1024

    /// Reads a job summary written by `--summary-json`.
    public init(summaryAt path: String) throws(LeadprintError) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw .cannotContinue(path: path, reason: errno == ENOENT ? "no such file" : String(cString: strerror(errno)))
        }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .cannotContinue(path: path, reason: "not a regular file") }
        guard info.st_size <= Self.sizeLimit else { throw .cannotContinue(path: path, reason: "not a job summary (larger than 64 KB)") }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .cannotContinue(path: path, reason: "cannot read it: \((error as NSError).localizedFailureReason ?? "unreadable")")
        }
        let summary: TagRunSummary
        do { summary = try JSONDecoder().decode(TagRunSummary.self, from: data) } catch {
            // The file's content is not quoted: a file that is not a summary may be anything.
            throw .cannotContinue(path: path, reason: "not a job summary written by --summary-json (needs nextStartAt and labelsPerSheet)")
        }
        guard summary.nextStartAt >= 1, summary.labelsPerSheet >= 1, summary.nextStartAt <= summary.labelsPerSheet else {
            throw .cannotContinue(path: path, reason: "nextStartAt \(summary.nextStartAt) is not a label of a \(summary.labelsPerSheet)-label sheet")
        }
        startAt = summary.nextStartAt
        serial = summary.nextSerial
        labelsPerSheet = summary.labelsPerSheet
    }

    /// The job starting where the summarised one ended; a start label or serial the job sets itself wins.
    public func applied(to job: TagsJob) -> TagsJob {
        var job = job
        if job.startAt == 1 { job.startAt = startAt }
        if job.serial == nil { job.serial = serial }
        return job
    }
}
