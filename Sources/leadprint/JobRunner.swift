import ArgumentParser
import Documents
import Foundation
import LeadprintKit

/// Runs jobs through the engine and reports each file written, with a progress line on a terminal for long jobs.
enum JobRunner {
    /// Renders each job in turn; `locate` names a job in errors (its line in a job file).
    static func run(_ jobs: [PrintJob], engine: PrintEngine, outputFolder: URL, locate: ((Int) -> String)? = nil) throws {
        for (index, job) in jobs.enumerated() {
            do {
                if job.output == "-" {
                    let data = try engine.data(job)
                    FileHandle.standardOutput.write(data)
                    try summarize(job, engine: engine)
                    continue
                }
                let progress = Progress(label: job.document.kind)
                let files = try engine.write(job, outputFolder: outputFolder, onPage: progress.page)
                progress.finish()
                for file in files { print("wrote \(DisplayPath.relative(file))") }
                if let submission = try engine.send(job, files: files), let file = files.first {
                    let copies = submission.copies
                    print("printed \(DisplayPath.relative(file)) on \(submission.queue) as job \(submission) (media \(submission.media.name), \(copies) \(copies == 1 ? "copy" : "copies"))")
                }
                try summarize(job, engine: engine)
            } catch {
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
    /// After a tag run: the job summary on standard error, and as JSON where the job asks.
    static func summarize(_ job: PrintJob, engine: PrintEngine) throws {
        guard case .tags(let options) = job.document else { return }
        let summary = try engine.summary(for: options)
        FileHandle.standardError.write(Data(("job summary:\n" + summary.lines(option: ErrorWording.flag).map { "  \($0)\n" }.joined()).utf8))
        if let path = options.summaryJSON { try engine.writeSummary(summary, to: path) }
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
