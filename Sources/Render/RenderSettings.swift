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
    /// Pages rendered at once when each page is a file of its own (PNG, SVG); the files are the same for any count.
    public var jobs: Int
    /// Whether a page's items are regrouped into as few drawing operations as possible (`PageBatcher`);
    /// off draws every item on its own, the reference the batched drawing is tested against.
    public var batching: Bool

    /// Creates settings; the creation date comes from SOURCE_DATE_EPOCH when it is set.
    public init(format: OutputFormat, dpi: Double = 300, title: String? = nil, creator: String = "leadprint",
                creationDate: Int? = RenderSettings.sourceDateEpoch, jobs: Int = RenderSettings.coreCount, batching: Bool = true) {
        self.format = format; self.dpi = dpi; self.title = title; self.creator = creator; self.creationDate = creationDate
        self.jobs = max(1, jobs); self.batching = batching
    }

    /// The processor cores this process may use, the default for `jobs`.
    public static var coreCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// SOURCE_DATE_EPOCH from the environment, the reproducible-builds convention for a fixed timestamp.
    public static var sourceDateEpoch: Int? {
        getenv("SOURCE_DATE_EPOCH").flatMap { Int(String(cString: $0)) }
    }
}
