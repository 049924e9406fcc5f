/// Where a printer-language job goes without CUPS: a raw TCP socket (`tcp://HOST[:9100]`) or the kernel's USB printer device (`usb:/dev/usb/lp0`).
public enum RawDestination: Equatable, Sendable, CustomStringConvertible {
    case tcp(host: String, port: UInt16)
    case usb(device: String)

    /// The raw printing port: JetDirect / AppSocket.
    public static let defaultPort: UInt16 = 9100

    /// Reads `tcp://HOST[:PORT]` (an IPv6 host in brackets) or `usb:/dev/usb/lpN`; fails naming the forms accepted.
    public init(parsing text: String) throws(RawSendError) {
        if text.hasPrefix("usb:") {
            let device = String(text.dropFirst(4)).replacingOccurrences(of: "//", with: "/")
            guard device.hasPrefix("/") else { throw .badDestination(text) }
            self = .usb(device: device)
            return
        }
        guard text.hasPrefix("tcp://") else { throw .badDestination(text) }
        var rest = Substring(text.dropFirst(6))
        if rest.hasSuffix("/") { rest = rest.dropLast() }
        var host: Substring, portText: Substring?
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { throw .badDestination(text) }
            host = rest[rest.index(after: rest.startIndex)..<close]
            let after = rest[rest.index(after: close)...]
            if after.hasPrefix(":") { portText = after.dropFirst() } else if !after.isEmpty { throw .badDestination(text) }
        } else if let colon = rest.lastIndex(of: ":") {
            host = rest[..<colon]; portText = rest[rest.index(after: colon)...]
        } else {
            host = rest
        }
        guard !host.isEmpty, !host.contains("/") else { throw .badDestination(text) }
        var port = Self.defaultPort
        if let portText {
            guard let value = UInt16(portText), value > 0 else { throw .badDestination(text) }
            port = value
        }
        self = .tcp(host: String(host), port: port)
    }

    public var description: String {
        switch self {
        case .tcp(let host, let port): "tcp://\(host.contains(":") ? "[\(host)]" : host):\(port)"
        case .usb(let device): "usb:\(device)"
        }
    }
}
