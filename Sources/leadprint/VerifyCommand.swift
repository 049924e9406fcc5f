import ArgumentParser
import Foundation
import Geometry
import JobVerification
import LeadprintKit
import Verify

/// `leadprint verify SCAN... --job JOB`: checks scanned sheets against the tags job that printed them.
struct VerifyCommand: ParsableCommand {
    static let configuration = subcommand(CommandConfiguration(
        commandName: "verify",
        abstract: "Check scanned tag sheets against the job that printed them: every code read, compared label by label.",
        discussion: """
            Scans are PNG or JPEG, one per sheet, in sheet order. The scan is registered by its own codes (rotation, scale, \
            shift), then each label is checked: missing, unreadable, duplicated, swapped, out-of-place tags, and a sheet started \
            at the wrong label. Exit status: 0 pass, 1 fail (or an input that cannot be read), 64 usage. Symbol quality is \
            indicative (module, quiet zone, contrast), not an ISO/IEC 15415/15416 grade.
            """))

    @Argument(help: "Scanned sheets (PNG or JPEG), one per sheet, in order.", completion: .file(extensions: ["png", "jpg", "jpeg"]))
    var scans: [String]

    @Option(name: .customLong("job"), help: "The job file that printed the sheets (or the --print-job output).", completion: .file(extensions: ["yaml", "yml"]))
    var job: String

    @Option(name: .customLong("job-number"), help: "Which job of the file, from 1 (default: the first tags job).")
    var jobNumber: Int?

    @Option(name: .customLong("sheet"), help: "The job's sheet the first scan shows, from 1 (default: 1).")
    var sheet = 1

    @Option(name: .customLong("dpi"), help: "The scans' resolution (default: the one the file states, else the page's width across the image).")
    var dpi: Double?

    @Option(name: .customLong("min-module"), help: "Flag codes whose module is smaller than this, with a unit: 0.25mm (default: the job's).")
    var minModule: String?

    @Flag(name: .customLong("json"), help: "Print the report as JSON.")
    var json = false

    @Option(name: .customLong("annotate"), help: "Write the scan with each failing tag circled in red (PNG; several scans add -1, -2, ...).", completion: .file(extensions: ["png"]))
    var annotate: String?

    @Option(name: .customLong("write-correction"), help: "Write the measured printer correction (offset and scale, as the tags job's offset and scale keys).", completion: .file())
    var writeCorrection: String?

    func validate() throws {
        if scans.isEmpty { throw ValidationError("give at least one scan") }
        if let jobNumber, jobNumber < 1 { throw ValidationError("--job-number must be 1 or more (got \(jobNumber))") }
        if sheet < 1 { throw ValidationError("--sheet must be 1 or more (got \(sheet))") }
        if let dpi, !(50...4800).contains(dpi) { throw ValidationError("--dpi must be from 50 to 4800 (got \(dpi))") }
        if let minModule, (Length(parsing: minModule)?.points ?? 0) <= 0 {
            throw ValidationError("--min-module '\(minModule)' is not a length above zero with its unit, like 0.25mm")
        }
        if let annotate, URL(fileURLWithPath: annotate).pathExtension.lowercased() != "png" { throw ValidationError("--annotate writes PNG: name a .png file (got '\(annotate)')") }
    }

    func run() throws {
        let loaded = try JobFileLoader().load(from: URL(fileURLWithPath: job))
        let jobs = loaded.file.jobs
        let index: Int
        if let jobNumber {
            guard jobNumber <= jobs.count else { throw ValidationError("--job-number \(jobNumber): \(loaded.name) has \(jobs.count) job\(jobs.count == 1 ? "" : "s")") }
            index = jobNumber - 1
        } else {
            guard let first = jobs.firstIndex(where: { $0.document.kind == "tags" }) else { throw LeadprintError.verifyNeedsTags(kind: jobs.first?.document.kind ?? "nothing") }
            index = first
        }
        let verifier = try JobVerifier(engine: PrintEngine(sources: loaded.file.sources), job: jobs[index], minimumModule: minModule.flatMap { Length(parsing: $0) })
        let images = try scans.map { (name: $0, image: try ScanLoader.load(path: $0)) }
        let results = try verifier.verify(images, firstSheet: sheet - 1, dpi: dpi)
        let report = verifier.report(results)
        if let annotate {
            for (i, result) in results.enumerated() {
                let path = results.count == 1 ? annotate : (annotate as NSString).deletingPathExtension + "-\(i + 1).png"
                try Annotator.write(result.scan, findings: result.report.findings, sheet: result.sheet, transform: result.transform, to: path)
            }
        }
        if let writeCorrection, let c = report.correction {
            let text = """
                # leadprint verify: the printer correction measured from \(scans.joined(separator: ", "))
                # (a tags job's keys; on the command line: --offset \(c.offset) --scale \(c.scaleText))
                offset: \(c.offset)
                scale: \(c.scaleText)

                """
            do { try Data(text.utf8).write(to: URL(fileURLWithPath: writeCorrection), options: .atomic) } catch {
                throw VerifyError.cannotWrite(path: writeCorrection, reason: (error as NSError).localizedDescription)
            }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print(report.summary)
        }
        if !report.pass { throw ExitCode(1) }
    }
}
