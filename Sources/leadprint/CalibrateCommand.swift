import ArgumentParser
import LeadprintKit

/// `leadprint calibrate`: a page to measure a printer's offset against label stock.
struct CalibrateCommand: DocumentCommand {
    static let configuration = subcommand(CommandConfiguration(
        commandName: "calibrate",
        abstract: "Print every label outline with a centre cross and rulers, to measure the printer's offset.",
        discussion: "Print on plain paper at 100 %, hold against a blank sheet, measure from a printed cross to its label's centre, and pass that to `leadprint tags --offset X,Y`. Add --offset here to check a correction."))

    @Option(name: .customLong("preset"), help: "Label sheet or roll preset.")
    var preset: String

    @OptionGroup var correction: CorrectionOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var presetOptions: PresetOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var printing: PrintOptions

    func validate() throws { try validateDocument() }

    func document() throws -> DocumentJob {
        var job = CalibrateJob()
        job.preset = preset
        job.offset = try correction.parsedOffset()
        job.scale = try correction.parsedScale()
        return .calibrate(job)
    }
}
