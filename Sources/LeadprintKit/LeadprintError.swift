/// What can go wrong in the engine around the documents: finding resources and placing output files.
public enum LeadprintError: Error, Equatable, CustomStringConvertible {
    /// A resource folder lacks a file it needs.
    case resourceMissing(path: String)
    /// The folder of an output file does not exist.
    case outputFolderMissing(path: String)
    /// The folder named for an output file is a file.
    case outputFolderIsFile(path: String)
    /// An output folder could not be created.
    case cannotCreateFolder(path: String, reason: String)
    /// An output file's extension names a different format than the one asked for.
    case formatConflict(path: String, format: String)
    /// An output file's extension names no format and none was given.
    case unknownFormat(path: String)
    /// Several formats were asked for one output that is standard output.
    case standardOutputNeedsOneFormat
    /// Standard output takes one file, and this document writes several.
    case standardOutputNeedsOneFile(format: String, pages: Int)
    /// PNG resolution outside the accepted range.
    case dpiOutOfRange(Double)
    /// A translated document was asked of a catalog that has no file to find its translation beside.
    case noTranslationSource(language: String)
    /// A printing option was given without a queue to print on.
    case printOptionWithoutQueue(option: String)
    /// Copies outside what a print job takes.
    case copiesOutOfRange(Int)
    /// Printing sends a PDF, and the job writes another format.
    case printNeedsPDF
    /// Rendering ran past its deadline.
    case timeLimit(seconds: Double)
    /// A side file (the job summary) could not be written.
    case cannotWrite(path: String, reason: String)
    /// A job summary given to continue a sheet from cannot be used.
    case cannotContinue(path: String, reason: String)
    /// Verifying a scan needs a tags job, and the job is another document.
    case verifyNeedsTags(kind: String)
    /// Verifying a scan reads the tags' barcodes, and the job prints none.
    case verifyNeedsBarcode

    public var description: String {
        switch self {
        case .resourceMissing(let path): "resources: \(path) is missing"
        case .outputFolderMissing(let path): "output folder '\(path)' does not exist"
        case .outputFolderIsFile(let path): "output folder '\(path)' is a file, not a folder"
        case .cannotCreateFolder(let path, let reason): "cannot create folder '\(path)': \(reason)"
        case .formatConflict(let path, let format): "output '\(path)' has an extension that is not .\(format), the format asked for"
        case .unknownFormat(let path): "cannot tell the format of '\(path)' from its extension: use .pdf, .png or .svg, or give the format"
        case .standardOutputNeedsOneFormat: "standard output takes one format"
        case .standardOutputNeedsOneFile(let format, let pages): "standard output takes one file, and this \(format) document has \(pages) pages (use PDF, or write to a file)"
        case .noTranslationSource(let language): "lang \(language): the catalog's translation is read from the overlay beside the catalog file, and a catalog read from standard input or uploaded has none"
        case .printOptionWithoutQueue(let option): "\(option) needs print QUEUE"
        case .copiesOutOfRange(let copies): "copies must be 1 to 999 (got \(copies))"
        case .printNeedsPDF: "printing sends a PDF: write the document as PDF"
        case .timeLimit(let seconds): "rendering took longer than the limit of \(Int(seconds)) s"
        case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
        case .cannotContinue(let path, let reason): "continue-from \(path): \(reason)"
        case .verifyNeedsTags(let kind): "verify checks tag sheets, and this job prints \(kind)"
        case .verifyNeedsBarcode: "verify reads each tag's barcode, and this job prints none (give it --barcode)"
        case .dpiOutOfRange(let dpi): "dpi must be from \(Int(PrintEngine.dpiRange.lowerBound)) to \(Int(PrintEngine.dpiRange.upperBound)) (got \(dpi))"
        }
    }
}
