import ArgumentParser
import Documents
import Foundation
import Layout
import LeadCatalog
import Typesetting

extension TagCollation: ExpressibleByArgument {}

/// `leadprint tags`: a tag for every flying lead of every camera, on label sheets or roll media.
struct TagsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tags",
        abstract: "Print wire tags: every lead of every camera, on a label sheet or heat-shrink/wrap roll.",
        discussion: "List the media with `leadprint presets`. On a part-used sheet, --start-at skips the labels already used.")

    @Option(name: .long, help: "PRO, VALUE (any series id of the catalog) or all.")
    var series: String = "all"

    @Option(name: .long, help: "Label sheet or roll preset.")
    var preset: String = "avery-5160"

    @Option(name: .long, help: "Cameras to tag: every lead once per camera.")
    var sets: Int = 1

    @Option(name: .long, help: "Tags per wire: 2 marks both ends, the pair printed together with one serial.")
    var ends: Int = 1

    @Option(name: .long, help: "First label position to use on the first sheet (1 = top left), for part-used sheets.")
    var startAt: Int = 1

    @Option(name: .long, help: "camera: all leads of one camera together; lead: every camera's tag for one lead together.")
    var collate: TagCollation = .camera

    @Option(name: .long, help: ArgumentHelp("Print a running serial number on each tag, starting here.", valueName: "START"))
    var serial: Int?

    @Flag(name: .long, help: "Draw label outlines: a proof to hold against a blank sheet.")
    var outlines = false

    @OptionGroup var barcode: BarcodeOptions
    @OptionGroup var correction: CorrectionOptions
    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var presetOptions: PresetOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var printing: PrintOptions

    func run() throws {
        try printing.check(output.resolvedFormat)
        let catalog = try catalogOptions.loadCatalog()
        let media = try presetOptions.library().preset(named: preset, kinds: [.sheet, .roll])
        let chosen = try TagsCommand.series(series, in: catalog)
        let order = try TagOrder(series: chosen, sets: sets, collation: collate, serialStart: serial, ends: ends)
        let sheet = try TagSheet(order: order, preset: media, startAt: startAt, outlines: outlines, correction: try correction.correction(),
                                 barcode: try barcode.tagBarcode(serials: serial != nil))
        let name = "tags-\(series.lowercased())-\(media.name)"
        let title = "leadprint wire tags (\(series), \(media.name))"
        let files = try output.write(try sheet.pages(typesetter: Typesetter()), defaultName: name, title: title, defaultDPI: media.dpi ?? 300)
        // Roll media: one job, a page per tag, on the tag-sized media.
        try printing.send(files, page: media.media, title: title)
    }

    /// The series named on the command line, or every series for `all`.
    static func series(_ name: String, in catalog: Catalog) throws -> [Series] {
        if name.lowercased() == "all" { return catalog.series }
        guard let match = catalog.series.first(where: { $0.id.caseInsensitiveCompare(name) == .orderedSame }) else {
            throw DocumentError.invalidOption("unknown series '\(name)' (known: \(catalog.series.map(\.id).joined(separator: ", ")), all)")
        }
        return [match]
    }
}
