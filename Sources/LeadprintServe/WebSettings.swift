import Foundation

/// How the web app is served: where it listens, who may use it, and the limits every request is held to.
public struct WebSettings: Sendable {
    /// The address to bind; loopback unless the user asks otherwise.
    public var host = "127.0.0.1"
    /// The TCP port.
    public var port = 8080
    /// The access token, required when `host` is not loopback.
    public var token: String?
    /// Render workers; the core count by default.
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    /// Requests that may wait for a worker before new ones are turned away.
    public var queueLimit = 16
    /// The largest request body, in bytes.
    public var bodyLimit = 4 * 1024 * 1024
    /// The largest uploaded file (catalog, order, logo) inside a request, in bytes.
    public var uploadLimit = 1024 * 1024
    /// The most tags one request may print.
    public var tagLimit = 20_000
    /// The longest a render may take, in seconds.
    public var renderSeconds = 30.0
    /// The preview resolution, in dots per inch.
    public var previewDPI = 110.0
    /// Host names the server answers to besides the one it is bound to and loopback's (`--allow-host`).
    public var allowedHosts: [String] = []
    /// The longest a client may take to send a request's head (from connecting, or from the end of the previous answer), in seconds.
    public var headerSeconds = 10.0
    /// The longest a client may take to send a request's body, in seconds.
    public var bodySeconds = 30.0
    /// The folder the job history (`history.sqlite`) is kept in (`--data`); nil records nothing.
    public var dataFolder: String?

    /// Settings with the defaults: loopback, port 8080, no token.
    public init() {}

    /// Whether `host` reaches only this machine.
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// Whether `host` is a wildcard address, which every interface (and every address of the machine) reaches.
    public var isWildcard: Bool { host == "0.0.0.0" || host == "::" || host == "[::]" }

    /// The host names a request's `Host` may give (lower case, IPv6 in brackets, no port): the bound host, loopback's names, and `allowedHosts`.
    public var hostNames: Set<String> {
        let bound = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return Set((["localhost", "127.0.0.1", "[::1]", bound] + allowedHosts).map { $0.lowercased() })
    }

    /// Checks that a non-loopback host has a token.
    public func validate() throws {
        if !isLoopback, (token ?? "").isEmpty { throw ServerError.tokenRequired(host: host) }
    }
}
