import LeadprintKit

/// What the page and the API send: a print job, and optionally the text of an uploaded catalog.
struct WebRequest: Decodable, Sendable {
    /// The job, in the same form as one entry of a job file.
    var job: PrintJob
    /// An uploaded catalog's YAML, validated like a catalog file.
    var catalog: String?
    /// The uploaded catalog's file name, for messages.
    var catalogName: String?
}
