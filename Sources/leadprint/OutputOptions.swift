import ArgumentParser
import Foundation
import LeadprintKit
import Localization
import Render

extension OutputFormat: RawValueArgument {}

/// Where a document goes and in which format, or `--print-job` to print the job instead of rendering it.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "Output file (default: output/<name>.<format>, the name made from the options); - writes a one-file document to standard output. Its extension picks the format unless --format is given.")
    var output: String?

    @Option(name: .customLong("format"), help: "pdf, png or svg; ptouch (Brother P-touch raster) or zpl (ZPL II) for label printers, see --send (default: from the output file's extension, else pdf).")
    var format: OutputFormat?

    @Option(name: .customLong("dpi"), help: "Resolution of PNG output in dots per inch, 36 to 2400 (default: the printer's for label media, else 300).")
    var dpi: Double?

    @Option(name: .customLong("lang"), help: "Language of the document: \(Language.allCases.map(\.code).joined(separator: ", ")) (default: en). The catalog's text comes from the translation overlay beside it, e.g. flying-leads.de.yaml.")
    var lang: String?

    @Option(name: .customLong("jobs"), help: "PNG and SVG pages drawn at once (default: the number of processor cores); the files are the same for any number.")
    var jobs: Int?

    @Flag(name: .customLong("print-job"), help: "Print the job file this command line means to standard output, and render nothing (run it with `leadprint run FILE`).")
    var printJob = false

    @OptionGroup var history: HistoryOptions

    mutating func validate() throws {
        if let lang { do { _ = try Language(code: lang) } catch { throw ValidationError("--lang: \(error)") } }
        if let jobs, !(1...256).contains(jobs) { throw ValidationError("--jobs must be 1 to 256 (got \(jobs))") }
        if let dpi, !PrintEngine.dpiRange.contains(dpi) { throw ValidationError(ErrorWording.describe(LeadprintError.dpiOutOfRange(dpi))) }
        if let output, output != "-", let format, let named = OutputFormat(pathExtension: URL(fileURLWithPath: output).pathExtension), named != format {
            throw ValidationError("--format \(format.rawValue) contradicts the extension of -o '\(output)'")
        }
        if let output, output != "-", format == nil, OutputFormat(pathExtension: URL(fileURLWithPath: output).pathExtension) == nil {
            throw ValidationError("cannot tell the format of '\(output)' from its extension: use .pdf, .png, .svg, .ptouch or .zpl, or give --format")
        }
    }

    /// The job for a document with these output settings.
    func job(_ document: DocumentJob) -> PrintJob {
        var job = PrintJob(document, output: output, formats: format.map { [$0] }, dpi: dpi, lang: lang)
        job.parallelPages = jobs
        return job
    }
}
