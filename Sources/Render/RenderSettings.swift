import Foundation

/// How pages are turned into files: format, raster resolution and document metadata.
public struct RenderSettings: Sendable {
    /// The file format.
    public var format: OutputFormat
    /// Raster resolution for PNG, in dots per inch.
    public var dpi: Double
    /// Document title written into PDF metadata.
    public var title: String?
    /// Seconds since 1970 for the PDF creation date; nil writes none. Defaults to SOURCE_DATE_EPOCH.
    public var creationDate: Int?
    /// The PDF Creator field: the program and its version.
    public var creator: String
    /// Monochrome raster for thermal printers: PNG is 1-bit, drawn without anti-aliasing so every edge falls on whole dots.
    public var monochrome = false

    /// Creates settings; the creation date comes from SOURCE_DATE_EPOCH when it is set.
    public init(format: OutputFormat, dpi: Double = 300, title: String? = nil, creator: String = "leadprint",
                creationDate: Int? = RenderSettings.sourceDateEpoch) {
        self.format = format; self.dpi = dpi; self.title = title; self.creator = creator; self.creationDate = creationDate
    }

    /// SOURCE_DATE_EPOCH from the environment, the reproducible-builds convention for a fixed timestamp.
    public static var sourceDateEpoch: Int? {
        ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) }
    }
}
