import ArgumentParser
import Foundation
import Geometry

/// What `leadprint verify` is given, without the decoders: the command line checks it, then runs `leadprint-verify`.
public struct VerifyOptions: ParsableArguments {
    @Argument(help: "Scanned sheets: PNG or JPEG files, one per sheet, or PDFs, one page per sheet, in order.", completion: .file(extensions: ["png", "jpg", "jpeg", "pdf"]))
    public var scans: [String] = []

    @Option(name: .customLong("job"), help: "The job file that printed the sheets (or the --print-job output).", completion: .file(extensions: ["yaml", "yml"]))
    public var job: String

    @Option(name: .customLong("job-number"), help: "Which job of the file, from 1 (default: the first tags job).")
    public var jobNumber: Int?

    @Option(name: .customLong("sheet"), help: "The job's sheet the first scan shows, from 1 (default: 1).")
    public var sheet = 1

    @Option(name: .customLong("dpi"), help: "The scans' resolution (default: the one the file states, else the page's width across the image).")
    public var dpi: Double?

    @Option(name: .customLong("min-module"), help: "Flag codes whose module is smaller than this, with a unit: 0.25mm (default: the job's).")
    public var minModule: String?

    @Flag(name: .customLong("json"), help: "Print the report as JSON.")
    public var json = false

    @Option(name: .customLong("annotate"), help: "Write the scan with each failing tag circled in red (PNG; several scans add -1, -2, ...).", completion: .file(extensions: ["png"]))
    public var annotate: String?

    @Option(name: .customLong("write-correction"), help: "Write the measured printer correction (offset and scale, as the tags job's offset and scale keys).", completion: .file())
    public var writeCorrection: String?

    public init() {}

    /// The smallest module asked for, parsed.
    public var minimumModule: Length? { minModule.flatMap { Length(parsing: $0) } }

    public func validate() throws {
        if scans.isEmpty { throw ValidationError("give at least one scan") }
        if let jobNumber, jobNumber < 1 { throw ValidationError("--job-number must be 1 or more (got \(jobNumber))") }
        if sheet < 1 { throw ValidationError("--sheet must be 1 or more (got \(sheet))") }
        if let dpi, !(50...4800).contains(dpi) { throw ValidationError("--dpi must be from 50 to 4800 (got \(dpi))") }
        if let minModule, (Length(parsing: minModule)?.points ?? 0) <= 0 {
            throw ValidationError("--min-module '\(minModule)' is not a length above zero with its unit, like 0.25mm")
        }
        if let annotate, URL(fileURLWithPath: annotate).pathExtension.lowercased() != "png" {
            throw ValidationError("--annotate writes PNG: name a .png file (got '\(annotate)')")
        }
    }
}
