import DisplayList
import Documents
import Foundation
import Geometry
import Layout
import LeadCatalog
import TestSupport
import Typesetting

/// The bundled catalog and presets, and page geometry read back from display lists.
enum TagFixture {
    static let resources = Tool.repositoryRoot.appendingPathComponent("Resources")

    static func palette() throws -> Palette { try Palette.load(from: resources.appendingPathComponent("palette.yaml")) }

    static func catalog() throws -> Catalog {
        try Catalog.load(from: resources.appendingPathComponent("catalogs/flying-leads.yaml"), palette: palette())
    }

    static func presets() throws -> PresetLibrary { try PresetLibrary.load(folder: resources.appendingPathComponent("presets")) }

    static func preset(_ name: String) throws -> Preset { try presets().preset(named: name, kinds: [.sheet, .roll]) }

    static func series(_ id: String) throws -> Series { try catalog().series.first { $0.id == id }! }

    static func pages(_ sheet: TagSheet) throws -> [Page] {
        var stream = try sheet.pages(typesetter: Typesetter())
        return try stream.collect()
    }
}

/// One drawn item with its bounds on the page.
struct PlacedItem {
    var item: Item
    var bounds: Rect
    var text: String? {
        if case .glyphs(let run) = item { return run.text }
        return nil
    }
}

extension Page {
    /// Every item with its page-space bounds: glyph ink as the layout measured it, shapes by their path.
    var placedItems: [PlacedItem] {
        items.flatMap { $0.flattened() }.compactMap { entry in
            switch entry.item {
            case .glyphs(let run): PlacedItem(item: entry.item, bounds: entry.transform.apply(run.pageInkBounds))
            case .shape(let shape): shape.path.bounds.map { PlacedItem(item: entry.item, bounds: entry.transform.apply($0)) }
            case .image(let image): PlacedItem(item: entry.item, bounds: entry.transform.apply(image.rect))
            case .group: nil
            }
        }
    }
}
