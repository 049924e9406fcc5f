/// What can go wrong while listing print queues or sending a document to one.
public enum PrintingError: Error, CustomStringConvertible, Equatable {
    /// The CUPS server could not be reached.
    case serverUnreachable(server: String, reason: String)
    /// No queue of that name exists; `known` lists the queues that do.
    case noSuchQueue(queue: String, known: [String])
    /// The queue exists but did not take the job (stopped accepting, or refused the document).
    case refused(queue: String, file: String, reason: String)
    /// The number of copies is not one or more.
    case invalidCopies(Int)
    /// libcups could not be opened (it is loaded only when printing).
    case libraryUnavailable(name: String, reason: String)

    public var description: String {
        switch self {
        case .serverUnreachable(let server, let reason): "cannot reach the CUPS server at \(server): \(reason)"
        case .noSuchQueue(let queue, let known):
            "no print queue '\(queue)' (" + (known.isEmpty ? "the server has no queues" : "known: \(known.joined(separator: ", "))") + "; see `leadprint printers`)"
        case .refused(let queue, let file, let reason): "print queue '\(queue)' refused \(file): \(reason)"
        case .invalidCopies(let copies): "copies must be 1 or more (got \(copies))"
        case .libraryUnavailable(let name, let reason): "cannot print: \(name) cannot be loaded (\(reason)); install libcups2"
        }
    }
}
