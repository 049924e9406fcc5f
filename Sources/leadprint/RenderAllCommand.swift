import ArgumentParser
import Documents
import Foundation
import Layout
import LeadCatalog
import Render
import Typesetting

/// `leadprint` with no arguments: every document of the bundled catalog into `output/`.
struct RenderAllCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "all",
        abstract: "Render every document of the catalog into a folder (the default when no subcommand is given).")

    @Option(name: .long, help: "Folder to write into.")
    var outputFolder: String = "output"

    @OptionGroup var catalogOptions: CatalogOptions
    @OptionGroup var presetOptions: PresetOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        let folder = URL(fileURLWithPath: outputFolder, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let original = try catalogOptions.loadCatalog()
        let translation = try language.translation(of: original, catalogOptions)
        let catalog = translation?.apply(to: original) ?? original
        let strings = try language.strings()
        let presets = try presetOptions.library()
        let typesetter = try Typesetter()
        let renderer = Renderer()
        // Each file is listed as soon as it is in place, so a job that fails later still shows what was written before it.
        func render(_ pages: PageStreamMaker, _ name: String, _ format: OutputFormat, dpi: Double = 150, title: String) throws {
            let settings = RenderSettings(format: format, dpi: dpi, title: title)
            let files = try renderer.render(pages(), to: folder.appendingPathComponent("\(name).\(format.rawValue)"), settings: settings)
            for file in files { print("wrote \(DisplayPath.relative(file))") }
        }
        for job in DefaultDocuments.jobs(catalog: catalog, presets: presets, typesetter: typesetter, paletteName: try catalogOptions.paletteURL().lastPathComponent,
                                         strings: strings, colorNames: translation?.colorNames ?? [:]) {
            for format in job.formats {
                try render(job.pages, job.name, format, dpi: job.dpi, title: job.title)
            }
        }
    }
}
