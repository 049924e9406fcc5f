import Foundation

/// A loopback TCP listener that takes connections and never answers properly: a stand-in for a CUPS server (or any
/// server) that hangs. `silent` reads and says nothing; `trickle` sends one byte of an HTTP answer a second, for ever.
public final class StalledServer: @unchecked Sendable {
    /// How the stand-in answers.
    public enum Behaviour: Sendable { case silent, trickle }

    /// The port it listens on, on 127.0.0.1.
    public let port: Int
    private let listener: Int32
    private let lock = NSLock()
    private var stopped = false
    private var connections: [Int32] = []

    /// `127.0.0.1:PORT`.
    public var address: String { "127.0.0.1:\(port)" }

    /// Starts listening; each connection is served on a thread of its own until `stop`.
    public init(_ behaviour: Behaviour) throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.listener = listener
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, length) == 0 && getsockname(listener, $0, &length) == 0 && listen(listener, 16) == 0
            }
        }
        guard listener >= 0, bound else { throw CocoaError(.fileWriteUnknown) }
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop(behaviour) }
        thread.start()
    }

    deinit { stop() }

    /// Closes the listener and every connection.
    public func stop() {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return }
        stopped = true
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        for connection in connections { shutdown(connection, Int32(SHUT_RDWR)) }
    }

    /// A port on 127.0.0.1 that nothing listens on (bound, then released).
    public static func closedPort() throws -> Int {
        let server = try StalledServer(.silent)
        server.stop()
        return server.port
    }

    private func acceptLoop(_ behaviour: Behaviour) {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            lock.lock()
            if stopped { lock.unlock(); close(connection); return }
            connections.append(connection)
            lock.unlock()
            Thread { [self] in serve(connection, behaviour) }.start()
        }
    }

    private func serve(_ connection: Int32, _ behaviour: Behaviour) {
        defer { close(connection) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        // Take the request's first bytes, so the client is waiting for an answer rather than still sending.
        _ = recv(connection, &buffer, buffer.count, 0)
        let answer = Array("HTTP/1.1 200 OK\r\nContent-Type: application/ipp\r\nX-Padding: ".utf8)
        var sent = 0
        while true {
            lock.lock()
            let done = stopped
            lock.unlock()
            if done { return }
            if behaviour == .trickle {
                let byte = sent < answer.count ? answer[sent] : UInt8(ascii: "x")
                guard send(connection, [byte], 1, Int32(MSG_NOSIGNAL)) == 1 else { return }
                sent += 1
            }
            Thread.sleep(forTimeInterval: 1)
        }
    }
}
