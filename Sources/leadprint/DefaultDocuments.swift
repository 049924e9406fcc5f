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
        // The sales comparison of the first two series, the catalog's own pairing (PRO and VALUE in the bundled one).
        if catalog.series.count >= 2 {
            let ids = catalog.series.prefix(2).map(\.id)
            for pageName in ["letter", "a4"] {
                jobs.append(DefaultJob(name: "compare-\(pageName)", title: "leadprint comparison: \(ids.joined(separator: " vs "))", formats: [.pdf, .png]) {
                    let page = try presets.preset(named: pageName, kinds: [.page])
                    return try ComparisonSheet(catalog: catalog, seriesIDs: ids, page: page, header: QuoteHeader(date: QuoteHeader.today()))
                        .pages(typesetter: typesetter)
                })
            }
        }
        return jobs
    }
}
