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
    /// The request's `Host` is not a name this server answers to (a page elsewhere may have pointed its name at this machine).
    case unknownHost(host: String, allowed: [String])
    /// A state-changing request came from a page of another site.
    case crossSite(origin: String)
    /// The API was sent a body that is not JSON by its type.
    case notJSON(contentType: String)
    /// The path does not take the request's method.
    case methodNotAllowed(method: String, allowed: [String])
    /// A field of the request is unknown, misplaced or holds a value of the wrong kind.
    case badField(field: String, message: String)

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
        case .unknownHost(let host, let allowed):
            "this server answers to \(allowed.joined(separator: ", ")), not to '\(host)': a page elsewhere may have pointed its name at this machine (if the name is yours, give --allow-host \(host))"
        case .crossSite(let origin): "a request from another site (\(origin)) may not change anything here: use the page this server serves, or a client that sends no Origin"
        case .notJSON(let contentType): "the API takes Content-Type: application/json (got \(contentType.isEmpty ? "none" : contentType))"
        case .badField(let field, let message): "\(field): \(message)"
        case .methodNotAllowed(let method, let allowed): "\(method) is not taken here (only \(allowed.joined(separator: ", ")))"
        }
    }
}
