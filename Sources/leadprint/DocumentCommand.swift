import ArgumentParser
import Documents
import Foundation
import LeadprintKit

/// A command that prints one document: it turns its options into a job, then prints the job or runs it.
protocol DocumentCommand: ParsableCommand {
    var catalogOptions: CatalogOptions { get }
    var presetOptions: PresetOptions { get }
    var output: OutputOptions { get }
    var printing: PrintOptions { get }
    /// The document the options describe.
    func document() throws -> DocumentJob
    /// The label stock whose sheet the job continues (`--stock`, tags only).
    var stock: String? { get }
}

extension DocumentCommand {
    /// Checks the options as usage: a value out of range is a usage error (exit 64, with the usage line).
    func validateDocument() throws {
        do { try document().validate() } catch let error as DocumentError {
            throw ValidationError(ErrorWording.commandLine(error))
        }
        do { try PrintEngine().checkPrinting(job()) } catch let error as LeadprintError {
            throw ValidationError(ErrorWording.describe(error))
        }
    }

    /// The job the command line means.
    func job() throws -> PrintJob {
        var job = output.job(try document())
        printing.apply(to: &job)
        return job
    }

    var stock: String? { nil }

    func run() throws {
        var job = try job()
        let recorder = try output.history.recorder(stock: stock)
        // Made only when needed: a catalog from standard input is read once, by the job's engine.
        var engine: PrintEngine?
        if let recorder, stock != nil {
            let made = try catalogOptions.engine(presets: presetOptions.presets, templates: presetOptions.templateFolders)
            job = try recorder.continuing(job, engine: made)
            engine = made
        }
        if output.printJob {
            print(try JobPrinter.yaml(for: job, catalogOptions: catalogOptions, presetOptions: presetOptions), terminator: "")
            return
        }
        do {
            try JobRunner.run([job], engine: engine ?? catalogOptions.engine(presets: presetOptions.presets, templates: presetOptions.templateFolders),
                              outputFolder: URL(fileURLWithPath: "output"), recorder: recorder) { job in
                guard catalogOptions.catalog != "-" else {
                    throw CommandLineError(description: "--history cannot record a catalog read from standard input: save it to a file and pass --catalog FILE")
                }
                return JobPrinter.file(for: job, in: JobFile(catalog: catalogOptions.catalog, palette: catalogOptions.palette, presets: presetOptions.presets,
                                                             templates: presetOptions.templateFolders.isEmpty ? nil : presetOptions.templateFolders, jobs: []))
            }
        } catch let error as ValidationError {
            // Found while building the document, not while parsing: ArgumentParser would print the top-level usage
            // here, so this command's usage line is printed as it would be for a parse-time usage error.
            let name = Self.configuration.commandName ?? "\(Self.self)"
            FileHandle.standardError.write(Data(("Error: \(error.message)\nUsage: leadprint \(name) <options>\n"
                + "  See 'leadprint \(name) --help' for more information.\n").utf8))
            throw ExitCode.validationFailure
        }
    }
}
