import ArgumentParser
import Foundation
import LeadprintKit
import Localization

/// `leadprint all` (and `leadprint` alone): the bundled job file, which lists every document of the catalog.
struct AllCommand: ParsableCommand {
    static let configuration = subcommand(CommandConfiguration(
        commandName: "all",
        abstract: "Render every document of the catalog into a folder: the jobs of Resources/jobs/all.yaml (the default with no arguments)."))

    @Option(name: .customLong("output-folder"), help: "Folder to write into.", completion: .directory)
    var outputFolder: String = "output"

    @Option(name: .customLong("lang"), help: "Language of every document: \(Language.allCases.map(\.code).joined(separator: ", ")) (default: each job's own, else en).")
    var lang: String?

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var presetOptions: PresetOptions

    func run() throws {
        let url = try BundledResources.defaultJobFile()
        let loaded = try JobFileLoader().load(from: url)
        // The bundled job file names no catalog: the options choose it, so `all --catalog mine.yaml` prints every document of mine.
        let engine = try catalogOptions.engine(presets: presetOptions.presets, templates: presetOptions.templateFolders)
        var jobs = loaded.file.jobs
        if let lang {
            do { _ = try Language(code: lang) } catch { throw ValidationError("--lang: \(error)") }
            for index in jobs.indices { jobs[index].lang = lang }
        }
        try JobRunner.run(jobs, engine: engine, outputFolder: URL(fileURLWithPath: outputFolder)) { index in
            "\(loaded.name):\(loaded.jobLines[index]): job \(index + 1) (\(loaded.file.jobs[index].document.kind))"
        }
    }
}
