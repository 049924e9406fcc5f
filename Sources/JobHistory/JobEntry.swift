import Foundation
import GRDB

/// One rendered or printed job as the history keeps it.
public struct JobEntry: Codable, Equatable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "job"

    /// The entry's number, given when it is recorded.
    public var id: Int64?
    /// When the job ran (UTC).
    public var createdAt: Date
    /// The document kind: tags, card, compare, ...
    public var kind: String
    /// The job file (YAML, as `--print-job` prints it) that renders the same output again.
    public var jobFile: String
    /// The revision of the catalog the job was rendered from.
    public var catalogRevision: String
    /// The summary a user saw (one line per item), e.g. sheets and the next start label.
    public var summary: String
    /// SHA-256 of the output's bytes, lower-case hex.
    public var outputHash: String
    /// The output's size in bytes.
    public var outputBytes: Int64
    /// Where the output went: files written, the queue or printer it was sent to.
    public var destination: String
    /// Words a search finds the job by: order, camera IDs, customer, quote number (space-separated).
    public var keywords: String
    /// The label stock whose sheet state the job moved on, if any.
    public var stock: String?

    /// Creates an entry to record; `id` and `createdAt` are set by `JobHistory.record`.
    public init(kind: String, jobFile: String, catalogRevision: String, summary: String, outputHash: String, outputBytes: Int64,
                destination: String, keywords: String = "", stock: String? = nil, createdAt: Date = Date()) {
        self.kind = kind
        self.jobFile = jobFile
        self.catalogRevision = catalogRevision
        self.summary = summary
        self.outputHash = outputHash
        self.outputBytes = outputBytes
        self.destination = destination
        self.keywords = keywords
        self.stock = stock
        self.createdAt = createdAt
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
