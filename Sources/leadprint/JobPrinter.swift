import Foundation
import LeadprintKit
import Yams

/// `--print-job`: the job file a command line means, with absolute paths so it runs from any folder.
enum JobPrinter {
    static func yaml(for job: PrintJob, catalogOptions: CatalogOptions, presetOptions: PresetOptions) throws -> String {
        guard catalogOptions.catalog != "-" else {
            throw CommandLineError(description: "--print-job cannot save a catalog read from standard input: save it to a file and pass --catalog FILE")
        }
        return try YAMLEncoder().encode(file(for: job, in: JobFile(catalog: catalogOptions.catalog, palette: catalogOptions.palette,
                                                                   presets: presetOptions.presets,
                                                                   templates: presetOptions.templateFolders.isEmpty ? nil : presetOptions.templateFolders, jobs: [])))
    }

    /// A job file of `job` alone with the settings of `settings` (its catalog, palette, presets, templates and brand),
    /// every path absolute: what `--print-job` prints and the job history keeps.
    static func file(for job: PrintJob, in settings: JobFile) -> JobFile {
        var saved = job
        saved.output = job.output.map { $0 == "-" ? $0 : absolute($0) }
        saved.document = job.document.resolvingPaths(absolute)
        return JobFile(catalog: settings.catalog.map(absolute), palette: settings.palette.map(absolute), presets: settings.presets.map(absolute),
                       templates: settings.templates.map { $0.map(absolute) }, brand: settings.brand.map(absolute), jobs: [saved])
    }

    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
