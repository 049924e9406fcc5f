import ArgumentParser
import Documents
import Foundation
import Geometry
import LeadprintKit

/// `leadprint card`: the installer's pinout card for a series.
struct CardCommand: DocumentCommand {
    static let configuration = subcommand(CommandConfiguration(
        commandName: "card",
        abstract: "Print a series' pinout card: every wire's colour, code, label and definition, grouped, with notes on the back."))

    @Option(name: .customLong("series"), help: "Series ids (any case, comma-separated) or all; one card each.")
    var series: String = "all"

    @Option(name: .customLong("preset"), help: "Card preset: cr80, index-3x5, index-4x6, a6, or any card preset.")
    var preset: String = "cr80"

    @Flag(name: .customLong("duplex"), help: "Place backs for a long-edge duplex flip (they read upright when the card is turned over like a book page).")
    var duplex = false

    @Option(name: .customLong("sheet"), help: "Impose N-up on a page preset (letter, a4) with crop marks; without it each page is one card at trim plus bleed.")
    var sheet: String?

    @Option(name: .customLong("bleed"), help: "How far colour runs past the trim, with a unit (e.g. 3mm, 0.125in).")
    var bleed: String = "3mm"

    @Option(name: .customLong("brand"), help: "Brand file (YAML): the installer's or reseller's contact on the back instead of the catalog's publisher.",
            completion: .file(extensions: ["yaml", "yml"]))
    var brand: String?

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var presetOptions: PresetOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var printing: PrintOptions

    func validate() throws { try validateDocument() }

    func document() throws -> DocumentJob {
        var job = CardJob()
        job.series = try SeriesSelection(parsing: series)
        job.preset = preset
        job.sheet = sheet
        job.duplex = duplex
        guard let length = Length(parsing: bleed) else {
            throw DocumentError.malformed(.bleed, value: bleed, expected: "a length with a unit, like 3mm or 0.125in")
        }
        job.bleed = length
        job.brand = brand
        return .card(job)
    }
}
