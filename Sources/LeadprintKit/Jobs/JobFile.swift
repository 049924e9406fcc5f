/// A job file: shared settings (catalog, palette, presets, output folder) and the jobs that use them.
public struct JobFile: Equatable, Sendable, Codable {
    /// The catalog file; nil for the bundled catalog.
    public var catalog: String?
    /// The palette file; nil for the bundled palette.
    public var palette: String?
    /// A file of extra presets.
    public var presets: String?
    /// Folders of gLabels template files, read after gLabels' own.
    public var templates: [String]?
    /// The brand file every compare and card job uses unless it names its own.
    public var brand: String?
    /// The folder documents without an `output` go into; nil for `output`.
    public var outputFolder: String?
    /// The jobs, rendered in order.
    public var jobs: [PrintJob]

    /// Creates a job file.
    public init(catalog: String? = nil, palette: String? = nil, presets: String? = nil, templates: [String]? = nil, brand: String? = nil,
                outputFolder: String? = nil, jobs: [PrintJob]) {
        self.catalog = catalog; self.palette = palette; self.presets = presets; self.templates = templates; self.brand = brand
        self.outputFolder = outputFolder; self.jobs = jobs
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case catalog, palette, presets, templates, brand, outputFolder = "output-folder", jobs
    }

    /// The keys a job file may have at its top level.
    public static let keys = CodingKeys.allCases.map(\.rawValue)

    /// The settings part, for opening the engine.
    public var sources: Sources {
        Sources(catalog: catalog.map { .file($0) } ?? .bundled, palette: palette, presets: presets, templates: templates ?? [], brand: brand)
    }
}
