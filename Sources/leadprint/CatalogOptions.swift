import ArgumentParser
import Documents
import Foundation
import LeadCatalog

/// Where the catalog and palette come from.
struct CatalogOptions: ParsableArguments {
    @Option(name: .long, help: "Catalog YAML file (default: the bundled catalog).", completion: .file(extensions: ["yaml", "yml"]))
    var catalog: String?

    @Option(name: .long, help: "Colour palette YAML file (default: the bundled palette).", completion: .file(extensions: ["yaml", "yml"]))
    var palette: String?

    /// The palette file in use.
    func paletteURL() throws -> URL {
        if let palette { return URL(fileURLWithPath: palette) }
        return try BundledResources.paletteFile()
    }

    /// The catalog file in use.
    func catalogURL() throws -> URL {
        if let catalog { return URL(fileURLWithPath: catalog) }
        return try BundledResources.catalogFile()
    }

    /// Loads the palette.
    func loadPalette() throws -> Palette { try Palette.load(from: paletteURL()) }

    /// Loads and validates the catalog.
    func loadCatalog() throws -> Catalog { try Catalog.load(from: catalogURL(), palette: loadPalette()) }
}
