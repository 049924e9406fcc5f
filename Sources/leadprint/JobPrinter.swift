import Foundation
import LeadprintKit
import Yams

/// `--print-job`: the job file a command line means, with absolute paths so it runs from any folder.
enum JobPrinter {
    static func yaml(for job: PrintJob, catalogOptions: CatalogOptions, presetOptions: PresetOptions) throws -> String {
        guard catalogOptions.catalog != "-" else {
            throw CommandLineError(description: "--print-job cannot save a catalog read from standard input: save it to a file and pass --catalog FILE")
        }
        var saved = job
        saved.output = job.output.map { $0 == "-" ? $0 : absolute($0) }
        saved.document = job.document.resolvingPaths(absolute)
        let file = JobFile(catalog: catalogOptions.catalog.map(absolute), palette: catalogOptions.palette.map(absolute),
                           presets: presetOptions.presets.map(absolute),
                           templates: presetOptions.templateFolders.isEmpty ? nil : presetOptions.templateFolders.map(absolute), jobs: [saved])
        return try YAMLEncoder().encode(file)
    }

    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
