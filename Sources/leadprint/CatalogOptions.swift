import ArgumentParser
import Documents
import Foundation
import LeadCatalog
import Typesetting
import YAMLSupport

/// Where the catalog and palette come from.
struct CatalogOptions: ParsableArguments {
    @Option(name: .long, help: "Catalog YAML file, or - to read it from standard input (default: the bundled catalog).", completion: .file(extensions: ["yaml", "yml"]))
    var catalog: String?

    @Option(name: .long, help: "Colour palette YAML file (default: the bundled palette).", completion: .file(extensions: ["yaml", "yml"]))
    var palette: String?

    /// The palette file in use.
    func paletteURL() throws -> URL {
        if let palette { return URL(fileURLWithPath: palette) }
        return try BundledResources.paletteFile()
    }

    /// Whether the catalog comes from standard input.
    var catalogFromStandardInput: Bool { catalog == "-" }

    /// The catalog file in use (`-` when it is read from standard input).
    func catalogURL() throws -> URL {
        if let catalog { return URL(fileURLWithPath: catalog) }
        return try BundledResources.catalogFile()
    }

    /// The name problems and summaries give the catalog: its file name, or `<stdin>`.
    func catalogName() throws -> String {
        catalogFromStandardInput ? "<stdin>" : try catalogURL().lastPathComponent
    }

    /// Loads the palette.
    func loadPalette() throws -> Palette { try Palette.load(from: paletteURL()) }

    /// Loads and validates the catalog, including that every text prints with the installed fonts.
    func loadCatalog() throws -> Catalog {
        // Bytes, not decoded text, so that invalid UTF-8 is reported by line instead of silently replaced.
        let bytes = catalogFromStandardInput
            ? try YAMLReader.contents(ofDescriptor: FileHandle.standardInput.fileDescriptor, name: "<stdin>")
            : try YAMLReader.contents(of: catalogURL())
        let typesetter = try Typesetter()
        return try Catalog.load(bytes: bytes, fileName: try catalogName(), palette: loadPalette()) { text in
            try typesetter.unprintableCharacter(in: text, font: .label) ?? typesetter.unprintableCharacter(in: text, font: .body)
        }
    }
}
