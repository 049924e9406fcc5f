import ArgumentParser
import LeadprintKit

/// `leadprint swatches`: the palette colour check page.
struct SwatchesCommand: DocumentCommand {
    static let configuration = subcommand(CommandConfiguration(
        commandName: "swatches",
        abstract: "Print every palette colour as a swatch with its name, IEC code, sRGB and text contrast."))

    @Option(name: .customLong("page"), help: "Page preset (letter, a4, or any page preset).")
    var page: String = "letter"

    @Flag(name: .customLong("with-catalog-colors"), help: "Apply the catalog's colour overrides to the palette.")
    var withCatalogColors = false

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var presetOptions: PresetOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var printing: PrintOptions

    func validate() throws { try validateDocument() }

    func document() throws -> DocumentJob {
        var job = SwatchesJob()
        job.page = page
        job.withCatalogColors = withCatalogColors
        return .swatches(job)
    }
}
