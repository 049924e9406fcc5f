import Foundation

/// A label printer stand-in on loopback for the printer-language tests: it takes raw jobs on a TCP port, answers
/// Brother's status request (ESC i S) with a reply the test chooses (or never, as many port-9100 printers), and can
/// stop reading part-way through a job. Started and stopped by the test; it serves one connection after another.
public final class PrinterStandIn: @unchecked Sendable {
    /// What the stand-in does with a job.
    public enum Behaviour: Sendable {
        /// Reads everything and never answers: raw port 9100 on most printers.
        case silent
        /// Answers each status request with these 32 bytes, then reads the job.
        case status([UInt8])
        /// Answers status with these bytes (nil: never), then stops reading after `bytes` bytes and holds the connection.
        case stall(status: [UInt8]?, bytes: Int)
    }

    /// The port on 127.0.0.1.
    public let port: Int
    /// `tcp://127.0.0.1:PORT`.
    public var uri: String { "tcp://127.0.0.1:\(port)" }
    private let listener: Int32
    private let lock = NSLock()
    private var jobs: [Data] = []
    private var connections = 0
    private var stopped = false
    private let behaviour: Behaviour

    /// Listens on a free loopback port and serves in the background.
    public init(_ behaviour: Behaviour) throws {
        self.behaviour = behaviour
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw StandInError("socket: \(errno)") }
        var small: Int32 = 4096
        // A small receive buffer so that a stall is felt by the sender quickly.
        setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard bound == 0, listen(fd, 4) == 0 else { close(fd); throw StandInError("bind/listen: \(errno)") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    /// Stops listening; a stalled connection is closed.
    public func stop() {
        lock.withLock { stopped = true }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    /// The jobs received so far (one per connection that ended), waiting up to `timeout` seconds for `count` of them.
    public func received(count: Int = 1, timeout: Double = 20) -> [Data] {
        let end = Date().addingTimeInterval(timeout)
        while Date() < end {
            let done = lock.withLock { jobs }
            if done.count >= count { return done }
            usleep(20_000)
        }
        return lock.withLock { jobs }
    }

    private func serve() {
        while !lock.withLock({ stopped }) {
            let fd = accept(listener, nil, nil)
            guard fd >= 0 else { return }
            lock.withLock { connections += 1 }
            let job = handle(fd)
            close(fd)
            if let job { lock.withLock { jobs.append(job) } }
        }
    }

    /// Connections accepted so far: a sender that retried would show more than one.
    public var connectionCount: Int { lock.withLock { connections } }

    /// Reads one connection to its end, answering status requests as told; a stalled job is recorded when the stall begins.
    private func handle(_ fd: Int32) -> Data? {
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        var answered = 0
        while true {
            if case .stall(_, let bytes) = behaviour, received.count >= bytes {
                let job = received
                lock.withLock { jobs.append(job) }
                // Hold the connection without reading until the sender gives up (or 60 s pass). A sender's FIN waits
                // behind its unsent bytes, so the hang-up may never be seen: stop() ends the wait.
                var waited = 0
                while waited < 600, !lock.withLock({ stopped }) {
                    var pfd = pollfd(fd: fd, events: Int16(0x2000), revents: 0)
                    if poll(&pfd, 1, 100) > 0, pfd.revents & Int16(0x2000 | Int32(POLLHUP) | Int32(POLLERR)) != 0 { break }
                    waited += 1
                }
                return nil
            }
            var limit = buffer.count
            if case .stall(_, let bytes) = behaviour { limit = min(limit, max(1, bytes - received.count)) }
            let got = read(fd, &buffer, limit)
            guard got > 0 else { return received }
            received.append(contentsOf: buffer[0..<got])
            // Each ESC i S seen so far gets one reply.
            let requests = received.count >= 3 ? Self.count([0x1B, 0x69, 0x53], in: received) : 0
            while answered < requests {
                answered += 1
                var reply: [UInt8]?
                switch behaviour {
                case .silent: reply = nil
                case .status(let bytes): reply = bytes
                case .stall(let status, _): reply = status
                }
                if let reply { _ = reply.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } }
            }
        }
    }

    private static func count(_ pattern: [UInt8], in data: Data) -> Int {
        // Only the head of a job holds status requests: the raster after it is never searched.
        let head = [UInt8](data.prefix(4096))
        guard head.count >= pattern.count else { return 0 }
        return (0...(head.count - pattern.count)).filter { Array(head[$0..<($0 + pattern.count)]) == pattern }.count
    }

    /// A stand-in that could not start.
    public struct StandInError: Error, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }
}
