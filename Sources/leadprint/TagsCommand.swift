import ArgumentParser
import Documents
import Foundation
import Geometry
import LeadprintKit

extension TagCollation: RawValueArgument {}

/// `leadprint tags`: a tag for every flying lead of every camera, on label sheets or roll media.
struct TagsCommand: DocumentCommand {
    static let configuration = subcommand(CommandConfiguration(
        commandName: "tags",
        abstract: "Print wire tags: every lead of every camera, on a label sheet or heat-shrink/wrap roll.",
        discussion: "List the media with `leadprint presets`. On a part-used sheet, --start-at skips the labels already used."))

    @Option(name: .customLong("series"), help: "Series ids (any case, comma-separated) or all.")
    var series: String = "all"

    @Option(name: .customLong("preset"), help: "Label sheet or roll preset.")
    var preset: String = "avery-5160"

    @Option(name: .customLong("sets"), help: "Cameras to tag: every lead once per camera.")
    var sets: Int = 1

    @Option(name: .customLong("ends"), help: "Tags per wire: 2 marks both ends, the pair printed together with one serial.")
    var ends: Int = 1

    @Option(name: .customLong("start-at"), help: "First label position to use on the first sheet (1 = top left), for part-used sheets.")
    var startAt: Int = 1

    @Option(name: .customLong("collate"), help: "camera: all leads of one camera together; lead: every camera's tag for one lead together.")
    var collate: TagCollation = .camera

    @Option(name: .customLong("serial"), help: ArgumentHelp("Print a running serial number on each tag, starting here.", valueName: "START"))
    var serial: Int?

    @Flag(name: .customLong("outlines"), help: "Draw label outlines: a proof to hold against a blank sheet.")
    var outlines = false

    @Option(name: .customLong("continue-from"), help: ArgumentHelp("Continue a part-used sheet: start at the next free label and the next serial that an earlier job's --summary-json FILE records (--start-at and --serial still win).", valueName: "FILE"))
    var continueFrom: String?

    @Option(name: .customLong("stock"), help: ArgumentHelp("Continue the sheet of this label stock where its last job ended (next free label and serial, kept in the job history; --start-at and --serial still win), and remember where this job ends.", valueName: "NAME"))
    var stock: String?

    @OptionGroup var orderOptions: OrderOptions
    @OptionGroup var barcode: BarcodeOptions
    @OptionGroup var correction: CorrectionOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var presetOptions: PresetOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var printing: PrintOptions

    func validate() throws { try validateDocument() }

    func document() throws -> DocumentJob {
        var job = TagsJob()
        job.series = try SeriesSelection(parsing: series)
        job.preset = preset
        job.sets = sets
        job.ends = ends
        job.startAt = startAt
        job.collate = collate
        job.serial = serial
        job.outlines = outlines
        job.offset = try correction.parsedOffset()
        job.scale = try correction.parsedScale()
        try barcode.apply(to: &job)
        orderOptions.apply(to: &job)
        if let continueFrom { job = try SheetContinuation(summaryAt: continueFrom).applied(to: job) }
        return .tags(job)
    }
}
