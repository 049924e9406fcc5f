import ArgumentParser
import Foundation
import JobHistory
import LeadprintKit
import Render

/// `leadprint history`: the jobs recorded with `--history` (or by `leadprint serve --data`), listed, searched, shown
/// and reprinted byte for byte; and the sheet state of each label stock.
struct HistoryCommand: ParsableCommand {
    static let configuration = subcommand(CommandConfiguration(
        commandName: "history",
        abstract: "List, search, show and reprint the jobs recorded in a job history, and see or set where each label stock continues.",
        discussion: "The history is the SQLite file given with --history FILE or LEADPRINT_HISTORY; jobs run with --history are recorded in it.",
        subcommands: [List.self, Search.self, Show.self, Reprint.self, Stock.self]))
}

/// The options every `history` subcommand takes.
struct HistoryFile: ParsableArguments {
    @Option(name: .customLong("history"), help: ArgumentHelp("The job history (default: $LEADPRINT_HISTORY).", valueName: "FILE"))
    var history: String?

    /// The history, which must exist: reading it never makes a new file.
    func open() throws -> JobHistory {
        guard let path = HistoryOptions(history: history).path else {
            throw ValidationError("name the job history: --history FILE, or set LEADPRINT_HISTORY")
        }
        guard FileManager.default.fileExists(atPath: path) else { throw CommandLineError(description: "job history '\(path)': no such file") }
        return try HistoryOptions.open(path)
    }
}

extension HistoryOptions {
    init(history: String?) {
        self.init()
        self.history = history
    }
}

extension HistoryCommand {
    /// One line per entry: number, time (UTC), kind, first summary line, where it went.
    static func line(_ entry: JobEntry) -> String {
        let summary = entry.summary.split(separator: "\n").first.map { "  \($0)" } ?? ""
        return "\(entry.id ?? 0)  \(timestamp(entry.createdAt))  \(entry.kind)\(summary)  → \(entry.destination)"
    }

    static func timestamp(_ date: Date) -> String {
        var style = Date.ISO8601FormatStyle()
        style.timeZone = TimeZone(identifier: "UTC") ?? .current
        return date.formatted(style)
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The newest jobs first.")
        @OptionGroup var file: HistoryFile
        @Option(name: .customLong("limit"), help: "At most this many entries.")
        var limit = 50

        func validate() throws { if !(1...100_000).contains(limit) { throw ValidationError("--limit must be 1 to 100000 (got \(limit))") } }

        func run() throws {
            for entry in try file.open().list(limit: limit) { print(HistoryCommand.line(entry)) }
        }
    }

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Jobs whose order, camera IDs, customer or quote number contain the text (any case).")
        @OptionGroup var file: HistoryFile
        @Argument(help: "The text to find.")
        var text: String
        @Option(name: .customLong("limit"), help: "At most this many entries.")
        var limit = 50

        func validate() throws {
            if text.isEmpty { throw ValidationError("give a text to search for") }
            if !(1...100_000).contains(limit) { throw ValidationError("--limit must be 1 to 100000 (got \(limit))") }
        }

        func run() throws {
            let found = try file.open().search(text, limit: limit)
            if found.isEmpty { FileHandle.standardError.write(Data("no job matches '\(text)'\n".utf8)) }
            for entry in found { print(HistoryCommand.line(entry)) }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Everything recorded for one job, its job file last.")
        @OptionGroup var file: HistoryFile
        @Argument(help: "The entry's number.")
        var id: Int64

        func run() throws {
            let entry = try file.open().entry(id)
            print("""
                entry: \(id)
                time: \(HistoryCommand.timestamp(entry.createdAt))
                kind: \(entry.kind)
                catalog revision: \(entry.catalogRevision)
                output: \(entry.outputBytes) bytes, SHA-256 \(entry.outputHash)
                sent to: \(entry.destination)
                """)
            if let stock = entry.stock { print("stock: \(stock)") }
            if !entry.keywords.isEmpty { print("keywords: \(entry.keywords)") }
            if !entry.summary.isEmpty { print("summary:\n" + entry.summary.split(separator: "\n").map { "  \($0)" }.joined(separator: "\n")) }
            print("job file:\n" + entry.jobFile, terminator: entry.jobFile.hasSuffix("\n") ? "" : "\n")
        }
    }

    struct Reprint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render a recorded job again, check that its bytes are the recorded ones, write it and send it where it went.",
            discussion: "Nothing is written or sent when the bytes differ (the catalog, presets, order file or fonts changed since).")
        @OptionGroup var file: HistoryFile
        @Argument(help: "The entry's number.")
        var id: Int64
        @Option(name: [.short, .customLong("output")], help: "Write here instead of the recorded output; - writes to standard output.")
        var output: String?
        @Flag(name: .customLong("no-send"), help: "Write the file only: do not send it to the recorded queue or printer.")
        var noSend = false

        func run() throws {
            let history = try file.open()
            let replay = try JobReplay(history.entry(id))
            let data = try replay.data()
            var job = replay.job
            job.formats = try replay.engine.formats(for: job).prefix(1).map { $0 }
            if output == "-" {
                try StandardStreams.writeOutput(data)
                return
            }
            if let output { job.output = output }
            guard let target = try replay.engine.targets(for: job, outputFolder: URL(fileURLWithPath: "output")).first?.1 else { return }
            let written = try AtomicFile.write([UInt8](data), to: target)
            print("wrote \(DisplayPath.relative(written)) (SHA-256 \(replay.entry.outputHash), as recorded)")
            var sent = [written.standardizedFileURL.path]
            if !noSend {
                if let submission = try replay.engine.send(job, files: [written]) {
                    print("printed \(DisplayPath.relative(written)) on \(submission.queue) as job \(submission)")
                    sent.append("queue \(submission.queue) job \(submission)")
                }
                for line in try replay.engine.sendToPrinter(job, files: [written]) { print(line); sent.append(line) }
            }
            let entry = try JobRecorder(history: history).record(job, jobFile: replay.jobFile, engine: replay.engine, data: data,
                                                                 destination: "reprint of entry \(id): " + sent.joined(separator: "; "))
            FileHandle.standardError.write(Data("recorded as history entry \(entry.id ?? 0)\n".utf8))
        }
    }

    struct Stock: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Where each label stock continues; with --start-at or --serial, set it by hand (a new sheet loaded, a serial range changed).")
        @OptionGroup var file: HistoryFile
        @Argument(help: "The stock's name (all stocks when omitted).")
        var name: String?
        @Option(name: .customLong("printer"), help: "The queue or printer the stock is loaded in (default: none).")
        var printer = ""
        @Option(name: .customLong("start-at"), help: "The next free label on the stock's sheet.")
        var startAt: Int?
        @Option(name: .customLong("serial"), help: "The next serial.")
        var serial: Int?

        func validate() throws {
            if name == nil, startAt != nil || serial != nil { throw ValidationError("--start-at and --serial set one stock: name it") }
            if let startAt, startAt < 1 { throw ValidationError("--start-at must be 1 or more (got \(startAt))") }
            if let serial, serial < 0 { throw ValidationError("--serial must be 0 or more (got \(serial))") }
        }

        func run() throws {
            let history = try file.open()
            guard let name else {
                for state in try history.sheetStates() { print(Self.line(state)) }
                return
            }
            guard var state = try history.sheetState(stock: name, printer: printer) else {
                throw CommandLineError(description: "stock '\(name)'\(printer.isEmpty ? "" : " in \(printer)") has no job yet: print one with --stock \(name)")
            }
            if startAt != nil || serial != nil {
                if let startAt {
                    guard startAt <= state.labelsPerSheet else {
                        throw ValidationError("--start-at must be 1 to \(state.labelsPerSheet), the labels of stock '\(name)' (got \(startAt))")
                    }
                    state.nextStartAt = startAt
                }
                if let serial { state.nextSerial = serial }
                state.updatedAt = Date()
                try history.setSheetState(state)
            }
            print(Self.line(state))
        }

        static func line(_ state: SheetState) -> String {
            "\(state.stock)\(state.printer.isEmpty ? "" : " in \(state.printer)"): next label \(state.nextStartAt) of \(state.labelsPerSheet)"
                + (state.preset.isEmpty ? "" : " (\(state.preset))") + (state.nextSerial.map { ", next serial \($0)" } ?? "")
        }
    }
}
