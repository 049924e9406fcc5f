/// What can go wrong starting or serving the web app, before a job reaches the engine.
public enum ServerError: Error, Equatable, CustomStringConvertible {
    /// A host other than loopback was asked for without an access token.
    case tokenRequired(host: String)
    /// The request body is larger than the limit.
    case bodyTooLarge(limit: Int)
    /// An uploaded file is larger than the limit.
    case uploadTooLarge(field: String, limit: Int)
    /// The job asks for more tags than one web request renders.
    case tooManyTags(count: Int, limit: Int)
    /// Rendering took longer than the limit.
    case timeLimit(seconds: Double)
    /// Every render worker is busy and the queue is full.
    case busy(queued: Int)
    /// The request body is not the JSON the endpoint takes.
    case badRequest(String)
    /// A query parameter has a value the endpoint does not take.
    case badParameter(name: String, value: String, expected: String)

    public var description: String {
        switch self {
        case .tokenRequired(let host): "serving on \(host) makes leadprint reachable from other machines: give --token SECRET (or use the default 127.0.0.1)"
        case .bodyTooLarge(let limit): "the request is larger than the limit of \(limit / 1024) KiB"
        case .uploadTooLarge(let field, let limit): "\(field): the uploaded file is larger than the limit of \(limit / 1024) KiB"
        case .tooManyTags(let count, let limit): "the job prints \(count) tags, more than the limit of \(limit) per web request (use the command line for larger runs)"
        case .timeLimit(let seconds): "rendering took longer than the limit of \(Int(seconds)) s"
        case .busy(let queued): "every render worker is busy and \(queued) requests are waiting: try again in a moment"
        case .badRequest(let message): message
        case .badParameter(let name, let value, let expected): "\(name)=\(value): expected \(expected)"
        }
    }
}
