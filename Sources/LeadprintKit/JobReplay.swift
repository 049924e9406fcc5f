import Foundation
import JobHistory

/// A job from the history rendered again: the recorded job file read back, its output rendered and checked against
/// the recorded hash before anything is written or sent.
public struct JobReplay {
    /// The entry replayed.
    public let entry: JobEntry
    /// The job as recorded.
    public let job: PrintJob
    /// The engine over the job file's catalog, palette, presets and brand.
    public let engine: PrintEngine
    /// The job file as recorded, for recording the reprint itself.
    public let jobFile: JobFile

    /// Reads an entry's job file; fails naming the entry when the text no longer reads as a job file.
    public init(_ entry: JobEntry) throws {
        let loaded = try JobFileLoader().load(yaml: entry.jobFile, name: "history entry \(entry.id ?? 0)")
        guard loaded.file.jobs.count == 1 else {
            throw HistoryError.database(path: "entry \(entry.id ?? 0)", reason: "its job file holds \(loaded.file.jobs.count) jobs, not one")
        }
        self.entry = entry
        job = loaded.file.jobs[0]
        jobFile = loaded.file
        engine = PrintEngine(sources: loaded.file.sources)
    }

    /// The output's bytes rendered again: the file the job wrote first (the one its hash is of), byte for byte, or an
    /// error when they differ from the recorded hash.
    public func data() throws -> Data {
        var first = job
        first.formats = try engine.formats(for: job).prefix(1).map { $0 }
        let data = try engine.data(first)
        let hash = OutputHash.of(data)
        guard hash == entry.outputHash else { throw HistoryError.reprintDiffers(id: entry.id ?? 0, expected: entry.outputHash, got: hash) }
        return data
    }
}
