/// A document option as a job names it; errors point at these, and each front end maps them to its own words.
///
/// The raw value is the key in a job file (`start-at`); the command line spells the same option `--start-at`.
public enum JobField: String, Sendable, Hashable, CaseIterable, Codable {
    case series, preset, sets, ends, startAt = "start-at", collate, serial, outlines, offset, scale
    case barcode, barcodeData = "barcode-data", minModule = "min-module"
    case sheet, duplex, bleed, page, customer, quote, date, preparedBy = "prepared-by", validUntil = "valid-until"
    case quoteURL = "quote-url", summaryOnly = "summary-only", differencesOnly = "differences-only"
    case withCatalogColors = "with-catalog-colors", output, format, dpi
    case order, orderFile = "order-file", template, endNames = "end-names", cameraPattern = "camera-pattern", mono
    case brand, rows, notes
}
