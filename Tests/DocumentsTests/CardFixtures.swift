import Documents
import Foundation
import Layout
import LeadCatalog
import TestSupport

/// The bundled catalog and presets, and a catalog with a series too long for a small card.
enum CardFixtures {
    static func palette() throws -> Palette { try Palette.load(from: Tool.repositoryRoot.appendingPathComponent("Resources/palette.yaml")) }
    static func catalog() throws -> Catalog {
        try Catalog.load(from: Tool.repositoryRoot.appendingPathComponent("Resources/catalogs/flying-leads.yaml"), palette: palette())
    }
    static func presets() throws -> PresetLibrary { try PresetLibrary.load(folder: Tool.repositoryRoot.appendingPathComponent("Resources/presets")) }
    static func cardPresets() throws -> [Preset] { try presets().presets.filter { $0.kind == .card } }

    /// A catalog whose series `BIG` has `count` leads in pairs, each pair a group.
    static func longSeriesYAML(count: Int) -> String {
        let colors = ["Red", "Black", "Blue", "Green", "White", "Yellow", "Brown", "Orange"]
        var leads = "", groups = ""
        for i in 1...count {
            leads += "      - {position: \(i), color: \(colors[i % colors.count]), label: SIG\(i)_X, definition: Signal line \(i), group: g\((i + 1) / 2)}\n"
        }
        for g in 1...((count + 1) / 2) { groups += "      - {id: g\(g), name: Pair \(g), kind: alarm-input}\n" }
        return """
        catalog:
          title: Long test
          revision: "1"
          source: unit test
        publisher:
          name: ACME
          phone: 555-0100
        series:
          - id: BIG
            name: BIG Series
            description: many leads
            leadCount: \(count)
            leads:
        \(leads)    groups:
        \(groups)    footnotes: []
        """
    }

    static func longSeries(count: Int) throws -> (Catalog, Series) {
        let catalog = try Catalog.load(yaml: longSeriesYAML(count: count), fileName: "long.yaml", palette: palette())
        return (catalog, catalog.series[0])
    }
}
