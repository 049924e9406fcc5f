/// Where the engine reads its data: the catalog, the palette and extra presets.
public struct Sources: Equatable, Sendable {
    /// Where the catalog comes from.
    public enum Catalog: Equatable, Sendable {
        /// The catalog shipped in `Resources/catalogs/`.
        case bundled
        /// A catalog file.
        case file(String)
        /// Catalog text already decoded (an upload), named `name` in messages.
        case text(String, name: String)
        /// Catalog bytes already read (standard input), named `name` in messages; bytes that are not UTF-8 are reported by line.
        case bytes([UInt8], name: String)
    }

    /// The catalog.
    public var catalog: Catalog
    /// The palette file; nil for the bundled palette.
    public var palette: String?
    /// A file of extra presets; nil for the shipped presets only.
    public var presets: String?
    /// Folders of gLabels template files read after gLabels' own system and user folders.
    public var templates: [String]

    /// The brand file jobs use unless they name their own; nil for none.
    public var brand: String?

    /// Creates sources; the defaults are the bundled data.
    public init(catalog: Catalog = .bundled, palette: String? = nil, presets: String? = nil, templates: [String] = [], brand: String? = nil) {
        self.catalog = catalog; self.palette = palette; self.presets = presets; self.templates = templates; self.brand = brand
    }
}
