/// The file formats the renderer writes.
public enum OutputFormat: String, Sendable, CaseIterable, Codable {
    /// Vector PDF with embedded font subsets and searchable text.
    case pdf
    /// Raster PNG, one file per page, at a chosen resolution.
    case png
    /// Vector SVG, one file per page.
    case svg

    /// The format a file name's extension names, if any.
    public init?(pathExtension: String) {
        self.init(rawValue: pathExtension.lowercased())
    }
}
