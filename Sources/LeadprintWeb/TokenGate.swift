import Foundation
import Geometry
import HTTPTypes
import Hummingbird

/// Lets a request through only with the server's token: an `Authorization: Bearer` header, or the cookie the login page sets.
struct TokenGate: RouterMiddleware {
    typealias Context = BasicRequestContext
    let token: String
    static let cookie = "leadprint_token"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.uri.path == "/login" || request.uri.path == "/app.css" || presented(request).map(matches) == true { return try await next(request, context) }
        if request.uri.path.hasPrefix("/api/") || request.uri.path == "/openapi.json" {
            return Response(status: .unauthorized, headers: [.contentType: "application/json", .wwwAuthenticate: "Bearer"],
                            body: .init(byteBuffer: ByteBuffer(string: "{\"error\":\"this server needs its access token: send Authorization: Bearer TOKEN, or log in at /login\"}")))
        }
        return WebApp.html(Self.loginPage(failed: false), status: .unauthorized)
    }

    private func presented(_ request: Request) -> String? {
        if let header = request.headers[.authorization], header.hasPrefix("Bearer ") { return String(header.dropFirst(7)) }
        for cookie in request.headers[values: .cookie].flatMap({ $0.split(separator: ";") }) {
            let parts = cookie.trimmingWhitespace().split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0] == Self.cookie { return String(parts[1]) }
        }
        return nil
    }

    /// Compares in time independent of where the texts differ.
    private func matches(_ candidate: String) -> Bool { Self.equal(candidate, token) }

    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for i in 0..<max(x.count, y.count) { difference |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0) }
        return difference == 0
    }

    /// Checks a posted token and sets the cookie, or shows the page again.
    static func login(_ request: Request, token: String) async throws -> Response {
        let body = try await request.body.collect(upTo: 4096)
        let form = String(buffer: body)
        let given = form.split(separator: "&").compactMap { pair -> String? in
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0] == "token" else { return nil }
            return String(parts[1]).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
        }.first ?? ""
        guard !token.isEmpty, equal(given, token) else { return WebApp.html(loginPage(failed: true), status: .unauthorized) }
        return Response(status: .seeOther, headers: [.location: "/", .setCookie: "\(cookie)=\(token); Path=/; HttpOnly; SameSite=Strict"])
    }

    static func loginPage(failed: Bool) -> String {
        """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>leadprint: log in</title><link rel="stylesheet" href="/app.css"></head>
        <body class="login"><form method="post" action="/login"><h1>leadprint</h1>
        <p>This server needs its access token (the one given to <code>leadprint serve --token</code>).</p>
        \(failed ? "<p class=\"error\">That token is not right.</p>" : "")
        <label>Token <input type="password" name="token" autofocus required></label> <button>Log in</button></form></body></html>
        """
    }
}
