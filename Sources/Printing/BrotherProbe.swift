import Foundation
import PrinterLanguages

/// Asks a Brother printer for its 32-byte status over a raw link; a bounded wait, since many raw ports never answer.
public enum BrotherProbe {
    /// Seconds to wait for a status reply before a job goes on without one.
    public static let replyTimeout = 2.0

    /// Invalidate, initialise, ESC i S, and the reply; nil when none comes within `seconds`.
    public static func status(over link: RawLink, model: PTouchModel = .ptP900W, within seconds: Double = replyTimeout) throws -> BrotherStatus? {
        try link.write([UInt8](repeating: 0, count: model.invalidateLength) + [0x1B, 0x40] + PTouchEncoder.statusRequest)
        guard let reply = link.read(32, within: seconds) else { return nil }
        return try BrotherStatus(reply)
    }

    /// Refuses a job the loaded media cannot take: errors by name first, then a tube of another width or kind.
    public static func check(_ status: BrotherStatus, tube: PTouchTube, destination: RawDestination) throws(RawSendError) {
        let problems = status.problems
        if !problems.isEmpty { throw .printerErrors(destination: destination.description, problems: problems.map(\.rawValue)) }
        if status.mediaKind == 0 { throw .printerErrors(destination: destination.description, problems: [BrotherStatus.Problem.noMedia.rawValue]) }
        guard status.mediaKind == PTouchTube.mediaKind, status.mediaWidth == tube.widthCode else {
            throw .wrongMedia(destination: destination.description, loaded: status.mediaDescription, wanted: "\(tube.name) HSe tube")
        }
    }
}
