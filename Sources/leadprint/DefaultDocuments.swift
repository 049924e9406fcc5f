import DisplayList
import Documents
import Layout
import LeadCatalog
import Localization
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
    static func jobs(catalog: Catalog, presets: PresetLibrary, typesetter: Typesetter, paletteName: String, strings: Strings,
                     colorNames: [String: String] = [:]) -> [DefaultJob] {
        var jobs: [DefaultJob] = []
        for pageName in ["letter", "a4"] {
            jobs.append(DefaultJob(name: "swatches-\(pageName)", title: "leadprint wire colour swatches", formats: [.pdf, .png]) {
                let page = try presets.preset(named: pageName, kinds: [.page])
                return SwatchSheet(palette: catalog.palette, page: page, sourceNote: try strings.text(.swatchSource, ["palette": .text(paletteName)]),
                                   strings: strings, colorNames: colorNames).pages(typesetter: typesetter)
            })
        }
        for series in catalog.series {
            let id = series.id.lowercased()
            jobs.append(DefaultJob(name: "tags-\(id)-avery-5160", title: "leadprint wire tags (\(series.id), avery-5160)", formats: [.pdf, .png]) {
                let media = try presets.preset(named: "avery-5160", kinds: [.sheet])
                return try TagSheet(order: TagOrder(series: [series]), preset: media, strings: strings).pages(typesetter: typesetter)
            })
            jobs.append(DefaultJob(name: "tags-\(id)-brother-hse-8.8mm", title: "leadprint wire tags (\(series.id), brother-hse-8.8mm)", formats: [.pdf]) {
                let media = try presets.preset(named: "brother-hse-8.8mm", kinds: [.roll])
                return try TagSheet(order: TagOrder(series: [series]), preset: media, strings: strings).pages(typesetter: typesetter)
            })
            let alternatives = presets.presets.filter { $0.kind == .card }
            jobs.append(DefaultJob(name: "card-\(id)", title: "\(series.name) pinout card", formats: [.pdf, .png], dpi: 300) {
                let card = try presets.preset(named: "cr80", kinds: [.card])
                return try PinoutCard(series: series, catalog: catalog, preset: card, alternatives: alternatives, strings: strings)
                    .pages(typesetter: typesetter, duplex: false, sheet: nil)
            })
            jobs.append(DefaultJob(name: "card-\(id)-letter", title: "\(series.name) pinout cards, Letter sheet", formats: [.pdf, .png]) {
                let card = try presets.preset(named: "cr80", kinds: [.card])
                return try PinoutCard(series: series, catalog: catalog, preset: card, alternatives: alternatives, strings: strings)
                    .pages(typesetter: typesetter, duplex: true, sheet: try presets.preset(named: "letter", kinds: [.page]))
            })
        }
        // The sales comparison of the first two series, the catalog's own pairing (PRO and VALUE in the bundled one).
        if catalog.series.count >= 2 {
            let ids = catalog.series.prefix(2).map(\.id)
            for pageName in ["letter", "a4"] {
                jobs.append(DefaultJob(name: "compare-\(pageName)", title: "leadprint comparison: \(ids.joined(separator: " vs "))", formats: [.pdf, .png]) {
                    let page = try presets.preset(named: pageName, kinds: [.page])
                    return try ComparisonSheet(catalog: catalog, seriesIDs: ids, page: page, header: QuoteHeader(date: QuoteHeader.today()), strings: strings)
                        .pages(typesetter: typesetter)
                })
            }
        }
        return jobs
    }
}
