import ArgumentParser
import Foundation
import LeadprintKit

/// `leadprint run FILE`: every job of a job file.
struct RunCommand: ParsableCommand {
    static let configuration = subcommand(CommandConfiguration(
        commandName: "run",
        abstract: "Render every job of a job file (YAML: catalog, palette, presets, output-folder and a list of jobs).",
        discussion: "Save any command as a job with --print-job. Relative paths in a job file are read from the working folder."))

    @Argument(help: "The job file.", completion: .file(extensions: ["yaml", "yml"]))
    var file: String

    @Option(name: .customLong("output-folder"), help: "Folder for documents without an output (default: the job file's output-folder, else output).", completion: .directory)
    var outputFolder: String?

    @OptionGroup var history: HistoryOptions

    func run() throws {
        let loaded = try JobFileLoader().load(from: URL(fileURLWithPath: file))
        let engine = PrintEngine(sources: loaded.file.sources)
        let folder = URL(fileURLWithPath: outputFolder ?? loaded.file.outputFolder ?? "output")
        try JobRunner.run(loaded.file.jobs, engine: engine, outputFolder: folder, locate: { index in
            "\(loaded.name):\(loaded.jobLines[index]): job \(index + 1) (\(loaded.file.jobs[index].document.kind))"
        }, recorder: history.recorder(stock: nil)) { job in
            JobPrinter.file(for: job, in: loaded.file)
        }
    }
}
