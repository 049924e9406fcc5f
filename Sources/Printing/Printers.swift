import CCups
import Foundation

/// The print queues of a CUPS server, and sending finished documents to them through libcups.
///
/// The server is CUPS's usual choice (`CUPS_SERVER`, `~/.cups/client.conf`, the local scheduler) unless one is named.
public struct Printers: Sendable {
    /// `host:port` or a socket path; nil for CUPS's usual choice.
    public let server: String?

    /// Talks to `server`, or to CUPS's usual choice when nil.
    public init(server: String? = nil) { self.server = server }

    /// Every queue with its media sizes, sorted by name.
    public func queues() throws -> [PrintQueue] {
        let destinations = try connect()
        return destinations.all.map(destinations.describe).sorted { $0.name < $1.name }
    }

    /// Sends a finished PDF to a queue as one job (every page of it) and returns the job the server created.
    ///
    /// Fails naming the queue when it does not exist or does not take the job; the file itself is left untouched.
    public func print(_ file: URL, to queue: String, copies: Int = 1, media: MediaSize, title: String) throws -> PrintSubmission {
        guard copies >= 1 else { throw PrintingError.invalidCopies(copies) }
        let destinations = try connect()
        guard destinations.named(queue) != nil else {
            throw PrintingError.noSuchQueue(queue: queue, known: destinations.all.map { String(cString: $0.pointee.name) }.sorted())
        }
        let options = CupsOptions(cups: destinations.cups)
        options.add("media", media.name)
        options.add("copies", String(copies))
        let job = destinations.cups.printFile2(nil, queue, file.path, title, options.count, options.options)
        guard job > 0 else {
            throw PrintingError.refused(queue: queue, file: file.path, reason: destinations.cups.lastErrorText)
        }
        return PrintSubmission(queue: queue, jobID: Int(job), media: media, copies: copies)
    }

    /// Points libcups at the server (its setting is per thread) and lists its destinations.
    private func connect() throws -> CupsDestinations {
        let cups = try Cups.library()
        if let server { cups.setServer(server) }
        return try CupsDestinations(server: server ?? cups.server().map { String(cString: $0) } ?? "localhost", cups: cups)
    }
}
