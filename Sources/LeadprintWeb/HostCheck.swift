import Foundation
import HTTPTypes
import Hummingbird
import LeadprintServe

/// Answers only requests whose `Host` names this server, with 421 otherwise.
///
/// A page on another site can point its own name at 127.0.0.1 (DNS rebinding) and then reach the loopback port as
/// if it were its own server; the browser still sends the page's name as `Host`, which is what gives it away. A
/// request without `Host` (HTTP/1.0) comes from no browser and passes. On a wildcard address (`0.0.0.0`, `::`) the
/// machine's own name and any literal IP address are accepted too: rebinding needs a name, never an address.
struct HostCheck: RouterMiddleware {
    typealias Context = BasicRequestContext
    /// The accepted names, lower case, IPv6 addresses in brackets.
    let names: Set<String>
    /// Whether a literal IP address is accepted whatever it is.
    let acceptsAddresses: Bool

    init(settings: WebSettings) {
        var names = settings.hostNames
        if settings.isWildcard, let machine = Self.machineName() { names.insert(machine.lowercased()) }
        self.names = names
        acceptsAddresses = settings.isWildcard
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let authority = request.head.authority, !accepts(authority) else { return try await next(request, context) }
        return try ErrorResponse.response(for: ServerError.unknownHost(host: WebApp.printable(authority), allowed: names.sorted()))
    }

    /// Whether a `Host` value (a name or address, with or without a port) is one this server answers to.
    func accepts(_ authority: String) -> Bool {
        guard let name = Self.name(of: authority) else { return false }
        return names.contains(name) || (acceptsAddresses && Self.isAddress(name))
    }

    /// The host part of a `Host` value, lower case, without the port or a final dot; nil when it is malformed.
    static func name(of authority: String) -> String? {
        let value = authority.lowercased()
        if value.hasPrefix("[") {
            guard let close = value.firstIndex(of: "]") else { return nil }
            let rest = value[value.index(after: close)...]
            guard rest.isEmpty || (rest.hasPrefix(":") && rest.dropFirst().allSatisfy(\.isNumber)) else { return nil }
            return String(value[...close])
        }
        let parts = value.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, let host = parts.first, !host.isEmpty else { return nil }
        if parts.count == 2, parts[1].isEmpty || !parts[1].allSatisfy(\.isNumber) { return nil }
        return host.hasSuffix(".") ? String(host.dropLast()) : String(host)
    }

    /// Whether a host name is a literal IPv4 address or a bracketed IPv6 one.
    static func isAddress(_ name: String) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 16)
        if name.hasPrefix("["), name.hasSuffix("]") { return inet_pton(AF_INET6, String(name.dropFirst().dropLast()), &buffer) == 1 }
        return inet_pton(AF_INET, name, &buffer) == 1
    }

    private static func machineName() -> String? {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return nil }
        return String(cString: buffer)
    }
}
