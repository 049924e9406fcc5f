/// What can go wrong while listing print queues or sending a document to one.
public enum PrintingError: Error, CustomStringConvertible, Equatable {
    /// Nothing listens at the server's address (or its socket does not exist).
    case connectionRefused(server: String)
    /// An exchange with the server (connecting, listing queues, sending a job) did not finish within the limit.
    case timedOut(server: String, seconds: Double, during: String)
    /// The server's host name has no address.
    case unknownHost(server: String)
    /// The CUPS server could not be reached for another reason, or answered with an error.
    case serverUnreachable(server: String, reason: String)
    /// No queue of that name exists on the server; `known` lists the queues that do.
    case noSuchQueue(queue: String, server: String, known: [String])
    /// The queue exists but did not take the job (stopped accepting, or refused the document).
    case refused(queue: String, file: String, reason: String)
    /// The number of copies is not one or more.
    case invalidCopies(Int)
    /// The time limit is not a number of seconds between 0.1 and 3600.
    case invalidTimeout(Double)
    /// libcups could not be opened (it is loaded only when printing).
    case libraryUnavailable(name: String, reason: String)

    public var description: String {
        switch self {
        case .connectionRefused(let server):
            "cannot reach the CUPS server at \(server): connection refused: is the CUPS scheduler running? see --print-server"
        case .timedOut(let server, let seconds, let during):
            "the CUPS server at \(server) did not answer within \(Self.seconds(seconds)) (\(during)): is it a CUPS scheduler, and is it overloaded? see --print-server and --print-timeout"
        case .unknownHost(let server): "cannot reach the CUPS server at \(server): no such host; see --print-server"
        case .serverUnreachable(let server, let reason): "cannot reach the CUPS server at \(server): \(reason); see --print-server"
        case .noSuchQueue(let queue, let server, let known):
            "no print queue '\(queue)' on the CUPS server at \(server) ("
                + (known.isEmpty ? "the server has no queues" : "known: \(known.joined(separator: ", "))") + "; see `leadprint printers`)"
        case .refused(let queue, let file, let reason): "print queue '\(queue)' refused \(file): \(reason)"
        case .invalidCopies(let copies): "copies must be 1 or more (got \(copies))"
        case .invalidTimeout(let seconds): "the print timeout must be 0.1 to 3600 seconds (got \(Self.seconds(seconds)))"
        case .libraryUnavailable(let name, let reason): "cannot print: \(name) cannot be loaded (\(reason)); install libcups2"
        }
    }

    /// Seconds as a person writes them: `10 s`, `0.5 s`.
    private static func seconds(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? "\(Int(value)) s" : "\(value) s"
    }
}
