import ArgumentParser
import Documents
import Foundation
import Layout
import LeadCatalog
import Typesetting

/// `leadprint swatches`: the palette colour check page.
struct SwatchesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swatches",
        abstract: "Print every palette colour as a swatch with its name, IEC code, sRGB and text contrast.")

    @Option(name: .long, help: "Page preset (letter, a4, or any page preset).")
    var page: String = "letter"

    @Flag(name: .long, help: "Apply the catalog's colour overrides to the palette.")
    var withCatalogColors = false

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var presetOptions: PresetOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var printing: PrintOptions

    func run() throws {
        try printing.check(output.resolvedFormat)
        let paper = try presetOptions.library().preset(named: page, kinds: [.page])
        var palette = try catalogOptions.loadPalette()
        var note = "Palette: \(try catalogOptions.paletteURL().lastPathComponent)"
        if withCatalogColors {
            let catalog = try catalogOptions.loadCatalog()
            palette = catalog.palette
            note += " with the overrides of \(try catalogOptions.catalogName())"
        }
        let sheet = SwatchSheet(palette: palette, page: paper, sourceNote: note)
        let files = try output.write(sheet.pages(typesetter: Typesetter()), defaultName: "swatches-\(paper.name)", title: "leadprint wire colour swatches")
        try printing.send(files, page: paper.media, title: "leadprint wire colour swatches")
    }
}
