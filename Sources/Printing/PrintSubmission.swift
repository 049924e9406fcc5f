/// A job a queue accepted.
public struct PrintSubmission: Hashable, Sendable, CustomStringConvertible {
    /// The queue that took the job.
    public var queue: String
    /// The job's id on the server.
    public var jobID: Int
    /// The media asked for.
    public var media: MediaSize
    /// Copies asked for.
    public var copies: Int

    public var description: String { "\(queue)-\(jobID)" }
}
