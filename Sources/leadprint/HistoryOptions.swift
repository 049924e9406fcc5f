import ArgumentParser
import Foundation
import JobHistory
import LeadprintKit

/// `--history FILE` (else `LEADPRINT_HISTORY`): the job history a job is recorded in, shared with `leadprint serve --data`.
struct HistoryOptions: ParsableArguments {
    @Option(name: .customLong("history"), help: ArgumentHelp("Record the job in this job history (a SQLite file, made on first use; default: $LEADPRINT_HISTORY, else none).", valueName: "FILE"))
    var history: String?

    /// The history file named by the option, else by the environment; nil records nothing.
    var path: String? {
        if let history { return history }
        if let value = ProcessInfo.processInfo.environment["LEADPRINT_HISTORY"], !value.isEmpty { return value }
        return nil
    }

    /// Opens the history, worded as a command-line error naming the file.
    static func open(_ path: String) throws -> JobHistory {
        do { return try JobHistory(path: path) } catch { throw CommandLineError(description: error.description) }
    }

    /// The recorder for a job, continuing `stock` when given; nil when no history is named (then `--stock` is an error).
    func recorder(stock: String?) throws -> JobRecorder? {
        guard let path else {
            if stock != nil { throw ValidationError("--stock needs a job history to keep the sheet in: give --history FILE or set LEADPRINT_HISTORY") }
            return nil
        }
        do { return try JobRecorder(history: Self.open(path), stock: stock) } catch let error as HistoryError {
            throw ValidationError("--stock: \(error.description)")
        }
    }
}
