import DisplayList
import Documents
import Layout
import LeadCatalog
import Render
import Typesetting

typealias PageStreamMaker = () throws -> PageStream

/// One document the default run renders.
struct DefaultJob {
    var name: String
    var title: String
    var formats: [OutputFormat]
    var dpi: Double = 150
    var pages: PageStreamMaker
}

/// The documents `leadprint` renders with no arguments; each document kind adds its jobs here.
enum DefaultDocuments {
    static func jobs(catalog: Catalog, presets: PresetLibrary, typesetter: Typesetter, paletteName: String) -> [DefaultJob] {
        var jobs: [DefaultJob] = []
        for pageName in ["letter", "a4"] {
            jobs.append(DefaultJob(name: "swatches-\(pageName)", title: "leadprint wire colour swatches", formats: [.pdf, .png]) {
                let page = try presets.preset(named: pageName, kinds: [.page])
                return SwatchSheet(palette: catalog.palette, page: page, sourceNote: "Palette: \(paletteName) with the catalog's colour overrides")
                    .pages(typesetter: typesetter)
            })
        }
        for series in catalog.series {
            let id = series.id.lowercased()
            jobs.append(DefaultJob(name: "tags-\(id)-avery-5160", title: "leadprint wire tags (\(series.id), avery-5160)", formats: [.pdf, .png]) {
                let media = try presets.preset(named: "avery-5160", kinds: [.sheet])
                return try TagSheet(order: TagOrder(series: [series]), preset: media).pages(typesetter: typesetter)
            })
            jobs.append(DefaultJob(name: "tags-\(id)-brother-hse-8.8mm", title: "leadprint wire tags (\(series.id), brother-hse-8.8mm)", formats: [.pdf]) {
                let media = try presets.preset(named: "brother-hse-8.8mm", kinds: [.roll])
                return try TagSheet(order: TagOrder(series: [series]), preset: media).pages(typesetter: typesetter)
            })
        }
        return jobs
    }
}
