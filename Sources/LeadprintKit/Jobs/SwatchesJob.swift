/// A swatch-page job: every palette colour on a page, optionally with the catalog's colour overrides.
public struct SwatchesJob: Equatable, Sendable, Codable {
    /// The page preset.
    public var page = "letter"
    /// Whether the catalog's RGB overrides are applied.
    public var withCatalogColors = false

    /// A job with every default: Letter, the palette as shipped.
    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case page, withCatalogColors = "with-catalog-colors"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        page = try c.decodeIfPresent(String.self, forKey: .page) ?? page
        withCatalogColors = try c.decodeIfPresent(Bool.self, forKey: .withCatalogColors) ?? withCatalogColors
    }
}
