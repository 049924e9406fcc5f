import Localization
import Render

/// One document to print and where it goes: the plain data every front end (command line, job file, web form) hands to the engine.
public struct PrintJob: Equatable, Sendable, Codable {
    /// The document and its options.
    public var document: DocumentJob
    /// The output file; nil writes `<output folder>/<default name>.<format>`. Its extension picks the format when `formats` is nil.
    public var output: String?
    /// The formats to write (one file, or one per page for PNG and SVG, each); nil means the output's extension, else PDF.
    public var formats: [OutputFormat]?
    /// PNG resolution; nil means the preset's printer resolution for label media, else 300 dpi.
    public var dpi: Double?
    /// The language of the document's text (`en`, `es`, `fr`, `de`, `zh-Hans`, `ar`); nil for English.
    public var lang: String?
    /// A CUPS queue the finished PDF is sent to, or nil to print nothing.
    public var print: String?
    /// Copies to print.
    public var copies: Int?
    /// The CUPS server (`host:port`); nil for `CUPS_SERVER`, else the local scheduler.
    public var printServer: String?
    /// The longest one exchange with the CUPS server may take, in seconds; nil for 10.
    public var printTimeout: Double?
    /// PNG and SVG pages drawn at once; nil for the number of cores. The files are the same for any number.
    public var parallelPages: Int?
    /// How a `ptouch` or `zpl` job is printed and sent (`printer:` in a job file).
    public var printer: PrinterSettings?

    /// Creates a job.
    public init(_ document: DocumentJob, output: String? = nil, formats: [OutputFormat]? = nil, dpi: Double? = nil, lang: String? = nil) {
        self.document = document; self.output = output; self.formats = formats; self.dpi = dpi; self.lang = lang
    }

    /// The language asked for; fails naming the known codes.
    public func language() throws -> Language { try Language(code: lang ?? Language.english.code) }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case tags, card, compare, swatches, calibrate, output, format, formats, dpi, lang, print, copies, printServer = "print-server", printTimeout = "print-timeout", parallelPages = "parallel-pages", printer
    }

    /// The keys a job may have in a job file.
    public static let keys = CodingKeys.allCases.map(\.rawValue)

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kinds = [CodingKeys.tags, .card, .compare, .swatches, .calibrate].filter { c.contains($0) }
        guard kinds.count == 1, let kind = kinds.first else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription:
                kinds.isEmpty ? "a job names one document: \(DocumentJob.kinds.joined(separator: ", "))"
                              : "a job names one document, this one names \(kinds.map(\.rawValue).joined(separator: " and "))"))
        }
        switch kind {
        case .tags: document = .tags(try c.decodeIfPresent(TagsJob.self, forKey: .tags) ?? TagsJob())
        case .card: document = .card(try c.decodeIfPresent(CardJob.self, forKey: .card) ?? CardJob())
        case .compare: document = .compare(try c.decodeIfPresent(CompareJob.self, forKey: .compare) ?? CompareJob())
        case .swatches: document = .swatches(try c.decodeIfPresent(SwatchesJob.self, forKey: .swatches) ?? SwatchesJob())
        default: document = .calibrate(try c.decodeIfPresent(CalibrateJob.self, forKey: .calibrate) ?? CalibrateJob())
        }
        output = try c.decodeIfPresent(String.self, forKey: .output)
        if c.contains(.format), c.contains(.formats) {
            throw DecodingError.dataCorruptedError(forKey: .formats, in: c, debugDescription: "give format or formats, not both")
        }
        if let one = try c.decodeIfPresent(OutputFormat.self, forKey: .format) { formats = [one] }
        else { formats = try c.decodeIfPresent([OutputFormat].self, forKey: .formats) }
        dpi = try c.decodeIfPresent(Double.self, forKey: .dpi)
        lang = try c.decodeIfPresent(String.self, forKey: .lang)
        print = try c.decodeIfPresent(String.self, forKey: .print)
        copies = try c.decodeIfPresent(Int.self, forKey: .copies)
        printServer = try c.decodeIfPresent(String.self, forKey: .printServer)
        printTimeout = try c.decodeIfPresent(Double.self, forKey: .printTimeout)
        parallelPages = try c.decodeIfPresent(Int.self, forKey: .parallelPages)
        printer = try c.decodeIfPresent(PrinterSettings.self, forKey: .printer)
        if let lang {
            do { _ = try Language(code: lang) } catch {
                throw DecodingError.dataCorruptedError(forKey: .lang, in: c, debugDescription: "\(error)")
            }
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch document {
        case .tags(let job): try c.encode(job, forKey: .tags)
        case .card(let job): try c.encode(job, forKey: .card)
        case .compare(let job): try c.encode(job, forKey: .compare)
        case .swatches(let job): try c.encode(job, forKey: .swatches)
        case .calibrate(let job): try c.encode(job, forKey: .calibrate)
        }
        try c.encodeIfPresent(output, forKey: .output)
        if let formats, formats.count == 1 { try c.encode(formats[0], forKey: .format) } else { try c.encodeIfPresent(formats, forKey: .formats) }
        try c.encodeIfPresent(dpi, forKey: .dpi)
        try c.encodeIfPresent(lang, forKey: .lang)
        try c.encodeIfPresent(print, forKey: .print)
        try c.encodeIfPresent(copies, forKey: .copies)
        try c.encodeIfPresent(printServer, forKey: .printServer)
        try c.encodeIfPresent(printTimeout, forKey: .printTimeout)
        try c.encodeIfPresent(parallelPages, forKey: .parallelPages)
        try c.encodeIfPresent(printer, forKey: .printer)
    }
}
