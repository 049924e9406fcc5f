import Documents
import Foundation
import JobHistory
import Orders
import Yams

/// Records the jobs a front end runs into the job history, and continues a label stock where its last job ended.
public struct JobRecorder: Sendable {
    /// The history written to.
    public let history: JobHistory
    /// The label stock a tags job continues and moves on (`--stock`); nil keeps no sheet state.
    public let stock: String?

    /// The largest keyword text kept per job: an order of 100,000 cameras still makes one modest row.
    static let keywordLimit = 256 * 1024

    /// A recorder writing to `history`, continuing `stock` when given.
    public init(history: JobHistory, stock: String? = nil) throws(HistoryError) {
        if let stock { try SheetState.check(stock: stock) }
        self.history = history
        self.stock = stock
    }

    /// The printer a job's sheet state is kept for: its CUPS queue or printer target, else none.
    public static func printerKey(of job: PrintJob) -> String {
        job.print ?? job.printer?.send ?? ""
    }

    /// The job starting where the last job on the stock ended; a start label or serial the job sets itself wins.
    /// Fails when the stock's sheets have another number of labels than the job's preset.
    public func continuing(_ job: PrintJob, engine: PrintEngine) throws -> PrintJob {
        guard let stock, case .tags(var options) = job.document else { return job }
        guard let state = try history.sheetState(stock: stock, printer: Self.printerKey(of: job)) else { return job }
        let labels = try engine.summary(for: options).labelsPerSheet
        // A state migrated from the first schema knows no preset; its label count still has to match.
        guard state.labelsPerSheet == labels else {
            throw HistoryError.stockMismatch(stock: stock, rememberedLabels: state.labelsPerSheet, preset: options.preset, labels: labels)
        }
        if options.startAt == 1 { options.startAt = state.nextStartAt }
        if options.serial == nil { options.serial = state.nextSerial }
        var continued = job
        continued.document = .tags(options)
        return continued
    }

    /// Records a job whose output is `file` (the first file it wrote), sent to `destination`; returns the entry.
    @discardableResult
    public func record(_ job: PrintJob, jobFile: JobFile, engine: PrintEngine, file: URL, destination: String) throws -> JobEntry {
        let (hash, bytes) = try OutputHash.of(fileAt: file)
        return try record(job, jobFile: jobFile, engine: engine, hash: hash, bytes: bytes, destination: destination)
    }

    /// Records a job whose output is `data` (written to standard output or a web response).
    @discardableResult
    public func record(_ job: PrintJob, jobFile: JobFile, engine: PrintEngine, data: Data, destination: String) throws -> JobEntry {
        try record(job, jobFile: jobFile, engine: engine, hash: OutputHash.of(data), bytes: Int64(data.count), destination: destination)
    }

    private func record(_ job: PrintJob, jobFile: JobFile, engine: PrintEngine, hash: String, bytes: Int64, destination: String) throws -> JobEntry {
        var summaryLines: [String] = []
        var sheet: SheetState?
        if case .tags(let options) = job.document {
            let summary = try engine.summary(for: options)
            summaryLines = summary.lines()
            if let stock {
                sheet = SheetState(stock: stock, printer: Self.printerKey(of: job), preset: options.preset, labelsPerSheet: summary.labelsPerSheet,
                                   nextStartAt: summary.nextStartAt, nextSerial: summary.nextSerial)
            }
        }
        let entry = JobEntry(kind: job.document.kind, jobFile: try Self.text(of: jobFile), catalogRevision: try revision(of: job, engine: engine),
                             summary: summaryLines.joined(separator: "\n"), outputHash: hash, outputBytes: bytes, destination: destination,
                             keywords: try Self.keywords(of: job), stock: sheet?.stock)
        return try history.record(entry, sheet: sheet)
    }

    /// The job file's YAML, as `--print-job` prints it and `leadprint run` reads it.
    public static func text(of file: JobFile) throws -> String {
        try YAMLEncoder().encode(file)
    }

    /// The catalog revision for documents drawn from the catalog; empty for swatches and calibration.
    private func revision(of job: PrintJob, engine: PrintEngine) throws -> String {
        switch job.document {
        case .tags, .card, .compare: try engine.catalog().info.revision
        case .swatches, .calibrate: ""
        }
    }

    /// What a search finds a job by: the order file's name and camera IDs, the customer and quote number.
    static func keywords(of job: PrintJob) throws -> String {
        var words: [String] = []
        switch job.document {
        case .tags(let options):
            if let file = options.orderFile {
                words.append(URL(fileURLWithPath: file).lastPathComponent)
                let order = try OrderCSVReader.read(path: file)
                words += order.lines.flatMap { $0.cameras.map(\.id) }
            }
            words += (options.order?.cameras ?? []).map(\.camera)
        case .compare(let options):
            words += [options.customer, options.quote].compactMap { $0 }
        case .card, .swatches, .calibrate:
            break
        }
        var text = ""
        for word in words where text.utf8.count + word.utf8.count < keywordLimit { text += (text.isEmpty ? "" : " ") + word }
        return text
    }
}
