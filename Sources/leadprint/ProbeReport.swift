import Foundation
import PrinterLanguages
import Printing

/// `leadprint printers --probe URI`: a Brother printer's model, loaded media and errors, read from its status reply.
enum ProbeReport {
    static func run(_ uri: String, timeout: Double) throws {
        let destination = try RawDestination(parsing: uri)
        let link = try RawLink(destination, timeout: timeout)
        defer { link.close() }
        guard let status = try BrotherProbe.status(over: link, within: min(timeout, BrotherProbe.replyTimeout * 2)) else {
            throw RawSendError.noStatusReply(destination: destination.description, seconds: min(timeout, BrotherProbe.replyTimeout * 2))
        }
        print("\(destination): \(status.model?.rawValue ?? "Brother printer, model code \(String(status.modelCode, radix: 16))h")")
        print("  media: \(status.mediaDescription)")
        print("  errors: \(status.problems.isEmpty ? "none" : status.problems.map(\.rawValue).joined(separator: ", "))")
        if !status.problems.isEmpty { throw ExitCodeError() }
    }

    /// A probe that found printer errors exits non-zero after printing them.
    struct ExitCodeError: Error, CustomStringConvertible { var description: String { "the printer reports errors" } }
}
