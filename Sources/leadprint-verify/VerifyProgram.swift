import ArgumentParser
import Foundation
import JobVerification
import LeadprintKit
import LeadprintVerifyOptions
import Verify

/// `leadprint-verify`: checks scanned tag sheets against their job; `leadprint verify` runs this program with the same options.
@main
struct VerifyProgram: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leadprint-verify",
        abstract: "Check scanned tag sheets against the job that printed them; `leadprint verify` runs this program with the same options.")

    @OptionGroup var options: VerifyOptions

    func run() throws {
        let loaded = try JobFileLoader().load(from: URL(fileURLWithPath: options.job))
        let jobs = loaded.file.jobs
        let index: Int
        if let number = options.jobNumber {
            guard number <= jobs.count else { throw ValidationError("--job-number \(number): \(loaded.name) has \(jobs.count) job\(jobs.count == 1 ? "" : "s")") }
            index = number - 1
        } else {
            guard let first = jobs.firstIndex(where: { $0.document.kind == "tags" }) else {
                throw LeadprintError.verifyNeedsTags(kind: jobs.first?.document.kind ?? "nothing")
            }
            index = first
        }
        let verifier = try JobVerifier(engine: PrintEngine(sources: loaded.file.sources), job: jobs[index], minimumModule: options.minimumModule)
        // A multi-page PDF is one sheet a page, named with its page.
        let images = try options.scans.flatMap { path in
            let pages = try ScanLoader.pages(path: path)
            return pages.enumerated().map { (name: pages.count == 1 ? path : "\(path) page \($0.offset + 1)", image: $0.element) }
        }
        let results = try verifier.verify(images, firstSheet: options.sheet - 1, dpi: options.dpi)
        let report = verifier.report(results)
        if let annotate = options.annotate {
            for (i, result) in results.enumerated() {
                let path = results.count == 1 ? annotate : (annotate as NSString).deletingPathExtension + "-\(i + 1).png"
                try Annotator.write(result.scan, findings: result.report.findings, sheet: result.sheet, transform: result.transform, to: path)
            }
        }
        if let path = options.writeCorrection, let c = report.correction {
            let text = """
                # leadprint verify: the printer correction measured from \(options.scans.joined(separator: ", "))
                # (a tags job's keys; on the command line: --offset \(c.offset) --scale \(c.scaleText))
                offset: \(c.offset)
                scale: \(c.scaleText)

                """
            do { try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
                throw VerifyError.cannotWrite(path: path, reason: (error as NSError).localizedDescription)
            }
        }
        if options.json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print(report.summary)
        }
        if !report.pass { throw ExitCode(1) }
    }
}
