import ArgumentParser
import Documents
import Foundation
import LeadprintKit
import Render

/// Runs jobs through the engine and reports each file written, with a progress line on a terminal for long jobs.
enum JobRunner {
    /// Renders each job in turn; `locate` names a job in errors (its line in a job file).
    ///
    /// A job's documents and its `--summary-json` file are committed together: all of them appear, or none changes.
    /// With a `recorder`, each job is recorded in the job history (as `jobFile` gives it) once written and sent.
    static func run(_ jobs: [PrintJob], engine: PrintEngine, outputFolder: URL, locate: ((Int) -> String)? = nil,
                    recorder: JobRecorder? = nil, jobFile: (PrintJob) throws -> JobFile = { JobFile(jobs: [$0]) }) throws {
        for (index, job) in jobs.enumerated() {
            do {
                // Checked like -o, before anything is rendered or written.
                let summaryPath = try summaryTarget(of: job, inJobFile: locate != nil)
                if job.output == "-" {
                    let data = try engine.data(job)
                    let summary = try tagSummary(of: job, engine: engine)
                    try StandardStreams.writeOutput(data)
                    if let summary {
                        if let summaryPath { try engine.writeSummary(summary, to: summaryPath) }
                        report(summary)
                    }
                    try recorder?.record(job, jobFile: jobFile(job), engine: engine, data: data, destination: "standard output")
                    continue
                }
                let progress = Progress(label: job.document.kind)
                let (files, summary) = try OutputCommit.together {
                    let files = try engine.write(job, outputFolder: outputFolder, onPage: progress.page)
                    let summary = try tagSummary(of: job, engine: engine)
                    if let summary, let summaryPath { try engine.writeSummary(summary, to: summaryPath) }
                    return (files, summary)
                }
                progress.finish()
                var sent = files.map { $0.standardizedFileURL.path }
                for file in files { print("wrote \(DisplayPath.relative(file))") }
                if let submission = try engine.send(job, files: files), let file = files.first {
                    let copies = submission.copies
                    print("printed \(DisplayPath.relative(file)) on \(submission.queue) as job \(submission) (media \(submission.media.name), \(copies) \(copies == 1 ? "copy" : "copies"))")
                    sent.append("queue \(submission.queue) job \(submission) (\(copies) \(copies == 1 ? "copy" : "copies"))")
                }
                for line in try engine.sendToPrinter(job, files: files) { print(line); sent.append(line) }
                if let recorder, let file = files.first {
                    let entry = try recorder.record(job, jobFile: jobFile(job), engine: engine, file: file, destination: sent.joined(separator: "; "))
                    FileHandle.standardError.write(Data("recorded as history entry \(entry.id ?? 0)\n".utf8))
                }
                if let summary { report(summary) }
                if let media = try engine.mediaTally(for: job) { FileHandle.standardError.write(Data(media.lines.map { "  \($0)\n" }.joined().utf8)) }
            } catch {
                // A failure caused by an interrupt's cleanup (a temporary removed under the render) is not reported:
                // the handler ends the run as interrupted.
                InterruptCleanup.holdIfInterrupted()
                let text = ErrorWording.describe(error, inJobFile: locate != nil)
                // An option out of range on the command line is a usage error (exit 64 and the usage line), whether the
                // options' validation or the document found it; in a job file it is a problem of that file.
                if locate == nil, let error = error as? DocumentError, error.isUsageError { throw ValidationError(text) }
                throw CommandLineError(description: locate.map { "\($0(index)): \(text)" } ?? text)
            }
        }
    }
}

extension JobRunner {
    /// A tag job's summary (nil for other documents).
    static func tagSummary(of job: PrintJob, engine: PrintEngine) throws -> TagRunSummary? {
        guard case .tags(let options) = job.document else { return nil }
        return try engine.summary(for: options)
    }

    /// The job summary on standard error.
    static func report(_ summary: TagRunSummary) {
        FileHandle.standardError.write(Data(("job summary:\n" + summary.lines(option: ErrorWording.flag).map { "  \($0)\n" }.joined()).utf8))
    }

    /// The `--summary-json` path of a tag job, checked as -o is: its folder exists, and it is not a folder, a device
    /// or anything else that is not a regular file (a symbolic link is followed to its file).
    static func summaryTarget(of job: PrintJob, inJobFile: Bool) throws -> String? {
        guard case .tags(let options) = job.document, let path = options.summaryJSON else { return nil }
        do {
            _ = try OutputTarget.resolve(URL(fileURLWithPath: path))
        } catch RenderError.cannotWrite(_, let reason) {
            throw CommandLineError(description: "\(inJobFile ? "summary-json" : "--summary-json") '\(path)': \(reason)")
        }
        return path
    }
}

/// A one-line page counter on standard error, shown only on a terminal and only once a job has run for a second.
final class Progress {
    private let label: String
    private let start = Date()
    private let enabled = isatty(STDERR_FILENO) == 1
    private var shown = false

    init(label: String) { self.label = label }

    func page(_ number: Int) {
        guard enabled, shown || Date().timeIntervalSince(start) > 1 else { return }
        shown = true
        FileHandle.standardError.write(Data("\r\(label): page \(number)…\u{1B}[K".utf8))
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

/// Paths printed relative to the working folder when they lie inside it.
enum DisplayPath {
    static func relative(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }
}
