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
    @OptionGroup var language: LanguageOptions

    func run() throws {
        let paper = try presetOptions.library().preset(named: page, kinds: [.page])
        var palette = try catalogOptions.loadPalette()
        let strings = try language.strings()
        let paletteName = try catalogOptions.paletteURL().lastPathComponent
        var note = try strings.text(.swatchSourcePalette, ["palette": .text(paletteName)])
        if withCatalogColors {
            let catalog = try catalogOptions.loadCatalog()
            palette = catalog.palette
            note = try strings.text(.swatchSourceOverrides, ["palette": .text(paletteName), "catalog": .text(try catalogOptions.catalogName())])
        }
        // Colour names in the language come from the catalog's translation.
        let names = try strings.language == .english ? [:] : language.translation(of: catalogOptions.loadCatalog(), catalogOptions)?.colorNames ?? [:]
        let sheet = SwatchSheet(palette: palette, page: paper, sourceNote: note, strings: strings, colorNames: names)
        try output.write(sheet.pages(typesetter: Typesetter()), defaultName: "swatches-\(paper.name)", title: "leadprint wire colour swatches")
    }
}
