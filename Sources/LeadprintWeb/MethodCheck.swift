import HTTPTypes
import Hummingbird
import LeadprintServe

/// Answers a known path asked with a method it does not take with 405 and the methods it does (`Allow`), rather than the router's 404.
struct MethodCheck: RouterMiddleware {
    typealias Context = BasicRequestContext
    /// Each path's methods; HEAD goes with GET.
    let allowed: [String: [HTTPRequest.Method]]

    /// The methods of the path, matched literally or against a pattern whose `:name` segments stand for any one segment.
    func methods(of path: String) -> [HTTPRequest.Method]? {
        if let methods = allowed[path] { return methods }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        return allowed.first { pattern, _ in
            let parts = pattern.split(separator: "/", omittingEmptySubsequences: false)
            return parts.count == segments.count && zip(parts, segments).allSatisfy { $0.hasPrefix(":") ? !$1.isEmpty : $0 == $1 }
        }?.value
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let methods = methods(of: request.uri.path), !methods.contains(request.method),
              !(request.method == .head && methods.contains(.get)) else { return try await next(request, context) }
        var response = try ErrorResponse.response(for: ServerError.methodNotAllowed(method: request.method.rawValue, allowed: methods.map(\.rawValue)))
        response.headers[.allow] = methods.map(\.rawValue).joined(separator: ", ")
        return response
    }
}
