/// What can go wrong when verifying a scan, before any comparison: reading the scan, writing the report's files.
public enum VerifyError: Error, Equatable, CustomStringConvertible {
    /// The scan file could not be read as an image.
    case unreadableScan(path: String, reason: String)
    /// The decoding library could not be set up.
    case decoder(String)
    /// The annotated picture or the correction could not be written.
    case cannotWrite(path: String, reason: String)
    /// More scans than the job has sheets.
    case tooManyScans(scans: Int, sheets: Int)
    /// The scan's resolution is outside what verify measures with.
    case resolutionOutOfRange(path: String, dpi: Double)

    public var description: String {
        switch self {
        case .unreadableScan(let path, let reason): "\(path): cannot read the scan: \(reason)"
        case .decoder(let reason): "barcode decoder: \(reason)"
        case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
        case .tooManyScans(let scans, let sheets): "\(scans) scanned pages given, and the job prints \(sheets) sheet\(sheets == 1 ? "" : "s")"
        case .resolutionOutOfRange(let path, let dpi): "\(path): resolution \(dpi) dpi is outside 50 to 4800 (give --dpi)"
        }
    }
}
