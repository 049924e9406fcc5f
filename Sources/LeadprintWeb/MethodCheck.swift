import HTTPTypes
import Hummingbird
import LeadprintServe

/// Answers a known path asked with a method it does not take with 405 and the methods it does (`Allow`), rather than the router's 404.
struct MethodCheck: RouterMiddleware {
    typealias Context = BasicRequestContext
    /// Each path's methods; HEAD goes with GET.
    let allowed: [String: [HTTPRequest.Method]]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let methods = allowed[request.uri.path], !methods.contains(request.method),
              !(request.method == .head && methods.contains(.get)) else { return try await next(request, context) }
        var response = try ErrorResponse.response(for: ServerError.methodNotAllowed(method: request.method.rawValue, allowed: methods.map(\.rawValue)))
        response.headers[.allow] = methods.map(\.rawValue).joined(separator: ", ")
        return response
    }
}
