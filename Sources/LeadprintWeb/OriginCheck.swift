import Foundation
import HTTPTypes
import Hummingbird
import LeadprintServe

/// Refuses a state-changing request (any method but GET, HEAD and OPTIONS) from another site, and an API request whose body is not JSON by type.
///
/// A page on another site may post to the loopback port: a `text/plain` or form body needs no preflight, so the
/// browser sends it. Browsers name the page's origin in `Origin` (and `Sec-Fetch-Site`) on such requests; one
/// that is not this server's own is answered 403. Clients that are not browsers send neither and pass.
struct OriginCheck: RouterMiddleware {
    typealias Context = BasicRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard ![.get, .head, .options].contains(request.method) else { return try await next(request, context) }
        if let origin = request.headers[.origin] {
            guard Self.sameOrigin(origin, host: request.head.authority) else {
                return try ErrorResponse.response(for: ServerError.crossSite(origin: WebApp.printable(origin)))
            }
        } else if let site = request.headers[Self.fetchSite], site != "same-origin", site != "none" {
            return try ErrorResponse.response(for: ServerError.crossSite(origin: "Sec-Fetch-Site: \(WebApp.printable(site))"))
        }
        // Only POST carries a body; another method goes on to the router, which answers it as it answers any unknown route.
        if request.method == .post, request.uri.path.hasPrefix("/api/") {
            let type = request.headers[.contentType] ?? ""
            guard Self.isJSON(type) else { return try ErrorResponse.response(for: ServerError.notJSON(contentType: WebApp.printable(type))) }
        }
        return try await next(request, context)
    }

    static let fetchSite = HTTPField.Name("Sec-Fetch-Site")!

    /// Whether `Origin` (`scheme://host[:port]`) names the server the request was sent to (its `Host`).
    static func sameOrigin(_ origin: String, host: String?) -> Bool {
        guard let host, let range = origin.range(of: "://") else { return false }
        let scheme = origin[..<range.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return false }
        return origin[range.upperBound...].lowercased() == host.lowercased()
    }

    /// Whether a `Content-Type` is JSON (`application/json`, with or without parameters such as a charset).
    static func isJSON(_ type: String) -> Bool {
        type.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } == "application/json"
    }
}
