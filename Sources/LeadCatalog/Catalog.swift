import Foundation

/// A validated catalog: who publishes it, the camera series with their leads, and the palette the
/// lead colours were resolved against (with the catalog's overrides applied).
public struct Catalog: Hashable, Sendable {
    /// Title, revision and source of the data.
    public var info: CatalogInfo
    /// The publishing company.
    public var publisher: Publisher
    /// The series in catalog order.
    public var series: [Series]
    /// The palette after the catalog's colour overrides, for swatch pages and legends.
    public var palette: Palette

    /// Creates a catalog from parts that are already consistent.
    public init(info: CatalogInfo, publisher: Publisher, series: [Series], palette: Palette) {
        self.info = info
        self.publisher = publisher
        self.series = series
        self.palette = palette
    }

    /// The series with the given id, if any.
    public func series(id: String) -> Series? {
        series.first { $0.id == id }
    }

    /// The distinct colours the leads use, in order of first use, e.g. for a swatch check page.
    public var colors: [WireColor] {
        var seen: Set<WireColor> = []
        return series.flatMap(\.leads).map(\.color).filter { seen.insert($0).inserted }
    }

    /// Loads and validates a catalog file, resolving colours against `palette`; see `load(bytes:…)` for `unprintable`.
    public static func load(from url: URL, palette: Palette,
                            unprintable: ((String) throws -> Unicode.Scalar?)? = nil) throws(CatalogError) -> Catalog {
        try CatalogLoader(palette: palette).load(bytes: SourceText.read(url), fileName: url.lastPathComponent, unprintable: unprintable)
    }

    /// Loads and validates catalog bytes, e.g. from standard input; `fileName` names the source in problems,
    /// and `unprintable` (first character no installed font has) turns unprintable text into located problems.
    public static func load(bytes: [UInt8], fileName: String, palette: Palette,
                            unprintable: ((String) throws -> Unicode.Scalar?)? = nil) throws(CatalogError) -> Catalog {
        try CatalogLoader(palette: palette).load(bytes: bytes, fileName: fileName, unprintable: unprintable)
    }

    /// The most leads a series may list: far above any real flying lead, low enough that layout searches stay fast.
    public static let maxLeadsPerSeries = 256

    /// Loads and validates catalog YAML text; `fileName` names the source in problems.
    public static func load(yaml: String, fileName: String, palette: Palette) throws(CatalogError) -> Catalog {
        try CatalogLoader(palette: palette).load(yaml: yaml, fileName: fileName)
    }
}
