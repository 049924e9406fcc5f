/// The file formats the renderer writes.
public enum OutputFormat: String, Sendable, CaseIterable, Codable {
    /// Vector PDF with embedded font subsets and searchable text.
    case pdf
    /// Raster PNG, one file per page, at a chosen resolution.
    case png
    /// Vector SVG, one file per page.
    case svg
    /// Brother P-touch raster commands for the printer's own language, every page (tag) in one job.
    case ptouch
    /// Zebra ZPL II, every page (tag) a label format in one job.
    case zpl

    /// Whether the format is a label printer's language, drawn from the 1-bit raster and sent as is.
    public var isPrinterLanguage: Bool { self == .ptouch || self == .zpl }

    /// The format a file name's extension names, if any.
    public init?(pathExtension: String) {
        self.init(rawValue: pathExtension.lowercased())
    }
}
