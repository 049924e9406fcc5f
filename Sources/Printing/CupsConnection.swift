import CCups
import Dispatch
import Foundation

/// One connection to a CUPS server, every exchange on it bounded in time.
///
/// libcups's default connection waits on a silent server for minutes, and on one that trickles a byte at a time
/// without end, since each byte restarts its wait. So the connection is opened with the limit as its connect
/// timeout, each wait inside libcups gives up after the limit, and for the length of each exchange a watchdog
/// shuts the socket down at the deadline, which ends whatever read or write libcups is blocked in.
final class CupsConnection {
    let cups: Cups
    /// The server as messages name it: `host:port`, or the socket's path.
    let server: String
    /// The longest one exchange may take, in seconds.
    let timeout: Double
    private let http: OpaquePointer
    private let lock = NSLock()
    private var closed = false
    private var expired = false

    /// Points libcups at `server` (or its usual choice) and connects; fails in words when the server cannot be reached.
    init(server requested: String?, timeout: Double, cups: Cups) throws(PrintingError) {
        self.cups = cups
        self.timeout = timeout
        // cupsSetServer parses `host:port` (the port goes to ippPort) and is per thread, like the rest of libcups's settings.
        if let requested { cups.setServer(requested) }
        let host = cups.server().map { String(cString: $0) } ?? "localhost"
        let port = Int(cups.ippPort())
        server = host.hasPrefix("/") ? host : (host.contains(":") ? "[\(host)]" : host) + ":\(port)"
        let started = DispatchTime.now()
        guard let http = cups.httpConnect2(host, Int32(port), nil, AF_UNSPEC, cups.encryption(), 1, Int32((timeout * 1000).rounded(.up)), nil) else {
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            throw Self.connectFailure(server: server, host: host, port: port, elapsed: elapsed, timeout: timeout)
        }
        self.http = http
        // No callback: a wait that reaches the limit is an error at once rather than a question to keep waiting.
        cups.httpSetTimeout(http, timeout, nil, nil)
    }

    deinit {
        lock.lock()
        closed = true
        lock.unlock()
        cups.httpClose(http)
    }

    /// Runs one libcups exchange on the connection; `timedOut` tells whether the watchdog had to end it.
    func exchange<T>(_ body: (OpaquePointer) -> T) -> (result: T, timedOut: Bool) {
        lock.lock()
        expired = false
        lock.unlock()
        let watchdog = DispatchSource.makeTimerSource(queue: .global())
        // Repeating: libcups may reconnect after a failed read, and the new socket must not outlive the deadline either.
        watchdog.schedule(deadline: .now() + timeout, repeating: .milliseconds(200))
        watchdog.setEventHandler { [self] in
            lock.lock()
            defer { lock.unlock() }
            guard !closed else { return }
            expired = true
            let descriptor = cups.httpGetFd(http)
            if descriptor >= 0 { shutdown(descriptor, Int32(SHUT_RDWR)) }
        }
        watchdog.resume()
        let result = body(http)
        watchdog.cancel()
        lock.lock()
        defer { lock.unlock() }
        return (result, expired)
    }

    /// Words a failed connect: refused, silent, unknown host, or the system's reason.
    ///
    /// libcups closes its socket before returning, which leaves `errno` saying "Bad file descriptor", so the reason
    /// is asked again with one plain connect of our own.
    private static func connectFailure(server: String, host: String, port: Int, elapsed: Double, timeout: Double) -> PrintingError {
        if elapsed >= timeout * 0.95 { return .timedOut(server: server, seconds: timeout, during: "connecting") }
        if !host.hasPrefix("/"), !resolves(host) { return .unknownHost(server: server) }
        let code = probe(host: host, port: port, seconds: max(0.1, timeout - elapsed))
        switch code {
        case ECONNREFUSED, ENOENT: return .connectionRefused(server: server)
        case ETIMEDOUT, EINPROGRESS, EAGAIN: return .timedOut(server: server, seconds: timeout, during: "connecting")
        case 0: return .serverUnreachable(server: server, reason: "it takes connections, but libcups could not open one")
        default: return .serverUnreachable(server: server, reason: String(cString: strerror(code)))
        }
    }

    /// The `errno` of one connect to the server (0 when it succeeds), waiting at most `seconds`.
    private static func probe(host: String, port: Int, seconds: Double) -> Int32 {
        if host.hasPrefix("/") {
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            let path = Array(host.utf8.prefix(MemoryLayout.size(ofValue: address.sun_path) - 1))
            withUnsafeMutableBytes(of: &address.sun_path) { for (i, byte) in path.enumerated() { $0[i] = byte } }
            return connectOnce(family: AF_UNIX, seconds: seconds) { descriptor in
                withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
            }
        }
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &result) == 0, let first = result else { return EHOSTUNREACH }
        defer { freeaddrinfo(result) }
        return connectOnce(family: first.pointee.ai_family, seconds: seconds) { connect($0, first.pointee.ai_addr, first.pointee.ai_addrlen) }
    }

    private static func connectOnce(family: Int32, seconds: Double, _ body: (Int32) -> Int32) -> Int32 {
        let descriptor = socket(family, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        // On Linux the send timeout bounds connect too.
        var limit = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - seconds.rounded(.down)) * 1e6))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        return body(descriptor) == 0 ? 0 : errno
    }

    /// Whether the host name has an address.
    private static func resolves(_ host: String) -> Bool {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &result) == 0 else { return false }
        freeaddrinfo(result)
        return true
    }
}
