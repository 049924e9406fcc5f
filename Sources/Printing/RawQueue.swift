import Foundation

/// A CUPS queue taking a printer-language job as is (`-o raw`): a raw queue, or one whose driver passes raw jobs through.
public struct RawQueue: Sendable {
    /// The queue's name.
    public let name: String
    /// `host:port` or a socket path; nil for CUPS's usual choice.
    public let server: String?
    /// The longest one exchange with the server may take, in seconds.
    public let timeout: Double

    /// A queue on a server.
    public init(name: String, server: String? = nil, timeout: Double = Printers.defaultTimeout) {
        self.name = name; self.server = server; self.timeout = timeout
    }

    /// Sends the file's bytes unfiltered as one job and returns the job's id.
    public func submit(_ file: URL, title: String) throws -> Int {
        let destinations = try CupsDestinations(connection: CupsConnection(server: server, timeout: timeout, cups: try Cups.library()))
        let connection = destinations.connection
        guard destinations.named(name) != nil else {
            throw PrintingError.noSuchQueue(queue: name, server: connection.server, known: destinations.all.map { String(cString: $0.pointee.name) }.sorted())
        }
        let options = CupsOptions(cups: destinations.cups)
        options.add("raw", "true")
        let (job, timedOut) = connection.exchange { destinations.cups.printFile2($0, name, file.path, title, options.count, options.options) }
        if timedOut { throw PrintingError.timedOut(server: connection.server, seconds: timeout, during: "sending \(file.path) to queue '\(name)'") }
        guard job > 0 else { throw RawSendError.queueRefused(queue: name, reason: destinations.cups.lastErrorText) }
        return Int(job)
    }
}
