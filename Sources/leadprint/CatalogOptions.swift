import ArgumentParser
import Foundation
import LeadCatalog
import LeadprintKit
import YAMLSupport

/// Where the catalog, palette and extra presets come from.
struct CatalogOptions: ParsableArguments {
    @Option(name: .customLong("catalog"), help: "Catalog YAML file, or - to read it from standard input (default: the bundled catalog).", completion: .file(extensions: ["yaml", "yml"]))
    var catalog: String?

    @Option(name: .customLong("palette"), help: "Colour palette YAML file (default: the bundled palette).", completion: .file(extensions: ["yaml", "yml"]))
    var palette: String?

    /// The sources these options name; standard input is read here, once.
    func sources(presets: String? = nil, templates: [String] = []) throws -> Sources {
        let catalogSource: Sources.Catalog
        switch catalog {
        case nil: catalogSource = .bundled
        // Bytes, not decoded text, so that invalid UTF-8 is reported by line instead of silently replaced.
        case "-": catalogSource = .bytes(try YAMLReader.contents(ofDescriptor: FileHandle.standardInput.fileDescriptor, name: "<stdin>"), name: "<stdin>")
        case let path?: catalogSource = .file(path)
        }
        return Sources(catalog: catalogSource, palette: palette, presets: presets, templates: templates)
    }

    /// An engine over these sources.
    func engine(presets: String? = nil, templates: [String] = []) throws -> PrintEngine {
        PrintEngine(sources: try sources(presets: presets, templates: templates))
    }

    /// Loads and validates the catalog.
    func loadCatalog() throws -> Catalog { try engine().catalog() }
}
