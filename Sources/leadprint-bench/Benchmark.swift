import DisplayList
import Documents
import LeadprintKit
import Foundation
import Layout
import LeadCatalog
import Render
import Typesetting

/// `leadprint-bench [TAGS]`: times a warehouse tag job end to end and prints the figures.
///
/// Run it from a release build (`swift run -c release leadprint-bench 100000`); a debug build measures the debugger, not the code.
@main
struct Benchmark {
    static func main() throws {
        let count = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 10_000
        let presetName = CommandLine.arguments.dropFirst(2).first ?? "avery-5160"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leadprint-bench-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let start = Date()
        let palette = try Palette.load(from: BundledResources.paletteFile())
        let catalog = try Catalog.load(from: BundledResources.catalogFile(), palette: palette)
        var presets = try PresetLibrary.load(folder: BundledResources.presetsFolder())
        // gLabels' templates are read only when the preset asked for is not shipped, as in the CLI.
        let gLabels = GLabelsSource(folders: GLabelsDatabase.standardFolders(home: FileManager.default.homeDirectoryForCurrentUser))
        presets.gLabels = gLabels
        let preset = try presets.preset(named: presetName, kinds: [.sheet, .roll])
        let series = catalog.series[0]
        // Whole cameras, rounded up, so every lead of the series is in the job.
        let sets = (count + series.leadCount - 1) / series.leadCount
        let order = try TagOrder(series: [series], sets: sets, serialStart: 1)
        let sheet = try TagSheet(order: order, preset: preset)
        let loaded = Date()

        let typesetter = try Typesetter()
        let pdf = folder.appendingPathComponent("tags.pdf")
        _ = try Renderer().render(sheet.pages(typesetter: typesetter), to: pdf, settings: RenderSettings(format: .pdf))
        let pdfDone = Date()
        let pdfBytes = (try FileManager.default.attributesOfItem(atPath: pdf.path)[.size] as? Int) ?? 0

        // PNG: the first ten pages at 300 dpi, as a laser proof would be rasterised.
        var pngPages = 0
        var stream = try sheet.pages(typesetter: typesetter)
        let firstPages = PageStream {
            guard pngPages < 10, let page = try stream.next() else { return nil }
            pngPages += 1
            return page
        }
        let pngStart = Date()
        _ = try Renderer().render(firstPages, to: folder.appendingPathComponent("tags.png"), settings: RenderSettings(format: .png, dpi: 300))
        let pngDone = Date()

        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let tags = sets * series.leadCount
        let pages = (tags + preset.labelsPerPage - 1) / preset.labelsPerPage
        let pdfSeconds = pdfDone.timeIntervalSince(loaded)
        print("leadprint-bench: \(tags) tags of series \(series.id) on \(preset.name), \(pages) pages")
        print(String(format: "  load catalog + presets  %8.3f s", loaded.timeIntervalSince(start)))
        print(String(format: "  PDF (layout + draw)     %8.3f s  %9.0f tags/s  %7.0f pages/s  %6.1f MB file", pdfSeconds, Double(tags) / pdfSeconds, Double(pages) / pdfSeconds, Double(pdfBytes) / 1e6))
        print(String(format: "  PNG 300 dpi, %2d pages   %8.3f s  %9.3f s/page", pngPages, pngDone.timeIntervalSince(pngStart), pngDone.timeIntervalSince(pngStart) / Double(max(1, pngPages))))
        // Reading the whole template database, timed on its own (a second read when a gLabels preset was used above).
        // CPU time too: on a shared machine the wall clock measures the neighbours.
        let gLabelsStart = Date(), gLabelsCPU = clock()
        let db = GLabelsDatabase.load(folders: gLabels.folders)
        print(String(format: "  gLabels templates       %8.3f s  %8.3f s CPU  %d templates, %d files, %d presets", Date().timeIntervalSince(gLabelsStart),
                     Double(clock() - gLabelsCPU) / Double(CLOCKS_PER_SEC), db.templates.count, db.files.count, db.presets.count))
        print(String(format: "  peak resident memory    %8.1f MB", Double(usage.ru_maxrss) / 1024))
    }
}
