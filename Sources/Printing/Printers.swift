import CCups
import Foundation

/// The print queues of a CUPS server, and sending finished documents to them through libcups.
///
/// The server is CUPS's usual choice (`CUPS_SERVER`, `~/.cups/client.conf`, the local scheduler) unless one is named.
public struct Printers: Sendable {
    /// `host:port` or a socket path; nil for CUPS's usual choice.
    public let server: String?
    /// The longest one exchange with the server (connecting, listing the queues, sending a job) may take, in seconds.
    public let timeout: Double

    /// The time limit when none is given: a scheduler on the network answers in well under a second.
    public static let defaultTimeout = 10.0

    /// Talks to `server`, or to CUPS's usual choice when nil, giving up on any exchange that takes longer than `timeout` seconds.
    public init(server: String? = nil, timeout: Double? = nil) {
        self.server = server
        self.timeout = timeout ?? Self.defaultTimeout
    }

    /// Every queue with its media sizes, sorted by name.
    public func queues() throws(PrintingError) -> [PrintQueue] {
        let destinations = try connect()
        var queues: [PrintQueue] = []
        for dest in destinations.all { queues.append(try destinations.describe(dest)) }
        return queues.sorted { $0.name < $1.name }
    }

    /// Sends a finished PDF to a queue as one job (every page of it) and returns the job the server created.
    ///
    /// Fails naming the queue when it does not exist or does not take the job; the file itself is left untouched.
    public func print(_ file: URL, to queue: String, copies: Int = 1, media: MediaSize, title: String) throws(PrintingError) -> PrintSubmission {
        guard copies >= 1 else { throw PrintingError.invalidCopies(copies) }
        let destinations = try connect()
        let connection = destinations.connection
        guard destinations.named(queue) != nil else {
            throw PrintingError.noSuchQueue(queue: queue, server: connection.server, known: destinations.all.map { String(cString: $0.pointee.name) }.sorted())
        }
        let options = CupsOptions(cups: destinations.cups)
        options.add("media", media.name)
        options.add("copies", String(copies))
        let (job, timedOut) = connection.exchange { destinations.cups.printFile2($0, queue, file.path, title, options.count, options.options) }
        if timedOut { throw PrintingError.timedOut(server: connection.server, seconds: timeout, during: "sending \(file.path) to queue '\(queue)'") }
        guard job > 0 else {
            throw PrintingError.refused(queue: queue, file: file.path, reason: destinations.cups.lastErrorText)
        }
        return PrintSubmission(queue: queue, jobID: Int(job), media: media, copies: copies)
    }

    /// Connects to the server within the time limit and lists its destinations.
    private func connect() throws(PrintingError) -> CupsDestinations {
        guard timeout >= 0.1, timeout <= 3600 else { throw PrintingError.invalidTimeout(timeout) }
        return try CupsDestinations(connection: CupsConnection(server: server, timeout: timeout, cups: try Cups.library()))
    }
}
