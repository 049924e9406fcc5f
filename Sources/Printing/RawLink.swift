import Foundation
// <sys/socket.h> (SOCK_STREAM, SOCK_NONBLOCK) reaches this module through CCups' headers: without this import, the
// release build with the static Swift runtime (.ci/build-deb) cannot see those names.
import CCups

/// An open byte link to a printer: a TCP socket or a USB printer device, written and read with bounded waits.
///
/// Writes poll for room before each chunk and fail once the printer has taken nothing for `timeout` seconds;
/// reads give up after their own timeout, since raw port 9100 on many printers never answers.
public final class RawLink {
    /// Where the link goes, for messages.
    public let destination: RawDestination
    /// Seconds a write may wait for the printer to take more bytes, and a connect to complete.
    public let timeout: Double
    private var fd: Int32

    /// Opens the link: connects with a timeout, or opens the device.
    public init(_ destination: RawDestination, timeout: Double) throws(RawSendError) {
        self.destination = destination
        self.timeout = timeout
        switch destination {
        case .tcp(let host, let port): fd = try Self.connect(host: host, port: port, timeout: timeout, name: destination.description)
        case .usb(let device):
            fd = open(device, O_RDWR | O_NONBLOCK | O_CLOEXEC)
            if fd < 0 { fd = open(device, O_WRONLY | O_NONBLOCK | O_CLOEXEC) }
            guard fd >= 0 else { throw .cannotOpenDevice(path: device, reason: String(cString: strerror(errno))) }
        }
    }

    deinit { if fd >= 0 { Foundation.close(fd) } }

    /// Writes every byte, handling partial writes; fails when the printer takes nothing for `timeout` seconds.
    public func write(_ bytes: [UInt8], sentBefore: Int = 0, total: Int? = nil) throws(RawSendError) {
        var offset = 0
        let all = total ?? bytes.count
        while offset < bytes.count {
            var pfd = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
            let ready = poll(&pfd, 1, Int32(timeout * 1000))
            if ready == 0 {
                throw .writeFailed(destination: destination.description, sent: sentBefore + offset, total: all,
                                   reason: "nothing taken for \(timeout.formatted1) s")
            }
            if ready < 0 {
                if errno == EINTR { continue }
                throw .writeFailed(destination: destination.description, sent: sentBefore + offset, total: all, reason: String(cString: strerror(errno)))
            }
            let written = bytes[offset...].withUnsafeBytes { buffer in
                Foundation.send(fd, buffer.baseAddress, min(buffer.count, 65_536), Int32(MSG_NOSIGNAL))
            }
            if written < 0, errno == ENOTSOCK {
                let again = bytes[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, min($0.count, 65_536)) }
                if again >= 0 { offset += again; continue }
            }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK { continue }
                throw .writeFailed(destination: destination.description, sent: sentBefore + offset, total: all, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }

    /// Reads exactly `count` bytes, or nil when they do not all arrive within `seconds` (or the printer closes).
    public func read(_ count: Int, within seconds: Double) -> [UInt8]? {
        var result: [UInt8] = []
        let end = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: count)
        while result.count < count {
            let left = end.timeIntervalSinceNow
            guard left > 0 else { return nil }
            var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&pfd, 1, Int32(max(1, left * 1000)))
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { return nil }
            let got = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, count - result.count) }
            if got < 0, errno == EINTR || errno == EAGAIN { continue }
            guard got > 0 else { return nil }
            result += buffer[0..<got]
        }
        return result
    }

    /// Closes the link; a TCP link is shut down for writing first so the printer sees the job end.
    public func close() {
        guard fd >= 0 else { return }
        if case .tcp = destination { shutdown(fd, Int32(SHUT_WR)) }
        Foundation.close(fd)
        fd = -1
    }

    /// A non-blocking connect to the first address that answers within the timeout.
    private static func connect(host: String, port: UInt16, timeout: Double, name: String) throws(RawSendError) -> Int32 {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_family = AF_UNSPEC
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else { throw .unknownHost(host: host, reason: String(cString: gai_strerror(status))) }
        defer { freeaddrinfo(list) }
        var reason = "no address"
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry {
            entry = info.pointee.ai_next
            let fd = socket(info.pointee.ai_family, info.pointee.ai_socktype | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), info.pointee.ai_protocol)
            guard fd >= 0 else { reason = String(cString: strerror(errno)); continue }
            // A printer takes bytes at its own pace: a small send buffer makes "taken nothing for the timeout" mean the printer stopped.
            var buffer: Int32 = 65_536
            setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &buffer, socklen_t(MemoryLayout<Int32>.size))
            if Foundation.connect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 { return fd }
            guard errno == EINPROGRESS else { reason = String(cString: strerror(errno)); Foundation.close(fd); continue }
            var pfd = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
            let ready = poll(&pfd, 1, Int32(timeout * 1000))
            var error: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            if ready > 0, getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0, error == 0 { return fd }
            reason = ready == 0 ? "no answer within \(timeout.formatted1) s" : String(cString: strerror(error != 0 ? error : errno))
            Foundation.close(fd)
        }
        throw .cannotConnect(destination: name, reason: reason)
    }
}
