/// What goes wrong sending a printer-language job straight to a printer, or reading its status.
public enum RawSendError: Error, Equatable, Sendable {
    /// `--send` names no form leadprint knows.
    case badDestination(String)
    /// The host name does not resolve.
    case unknownHost(host: String, reason: String)
    /// No connection within the timeout, or refused.
    case cannotConnect(destination: String, reason: String)
    /// The printer stopped taking bytes: `sent` of `total` went before the write timeout or the error.
    case writeFailed(destination: String, sent: Int, total: Int, reason: String)
    /// The USB printer device cannot be opened.
    case cannotOpenDevice(path: String, reason: String)
    /// The loaded media differs from the job's.
    case wrongMedia(destination: String, loaded: String, wanted: String)
    /// The printer reports errors, by Brother's names.
    case printerErrors(destination: String, problems: [String])
    /// `printers --probe` got no status reply within its timeout.
    case noStatusReply(destination: String, seconds: Double)
    /// A CUPS queue refused a raw job.
    case queueRefused(queue: String, reason: String)
}

extension RawSendError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .badDestination(let text): "--send '\(text)': give tcp://HOST[:PORT] (port 9100 when omitted) or usb:/dev/usb/lpN"
        case .unknownHost(let host, let reason): "cannot find printer host '\(host)': \(reason)"
        case .cannotConnect(let destination, let reason): "cannot connect to \(destination): \(reason)"
        case .writeFailed(let destination, let sent, let total, let reason):
            "\(destination): the printer stopped taking the job after \(sent) of \(total) bytes: \(reason)"
        case .cannotOpenDevice(let path, let reason): "cannot open printer device \(path): \(reason)"
        case .wrongMedia(let destination, let loaded, let wanted): "\(destination): the printer has \(loaded) loaded; this job is for \(wanted)"
        case .printerErrors(let destination, let problems): "\(destination): the printer reports \(problems.joined(separator: ", "))"
        case .noStatusReply(let destination, let seconds): "\(destination): no status reply within \(seconds.formatted1) s (raw port 9100 on many printers never answers)"
        case .queueRefused(let queue, let reason): "CUPS queue '\(queue)' refused the raw job: \(reason)"
        }
    }
}

extension Double {
    /// At most one decimal.
    var formatted1: String { self == rounded() ? String(Int(self)) : String((self * 10).rounded() / 10) }
}
