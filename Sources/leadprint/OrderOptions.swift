import ArgumentParser
import Foundation
import Geometry
import LeadprintKit

/// `--order`, `--template`, `--end-names`, `--camera-pattern`, `--summary-json`, `--mono`: warehouse orders and what tags say.
struct OrderOptions: ParsableArguments {
    @Option(name: .customLong("order"), help: ArgumentHelp(
        "Order CSV: a header naming series and quantity (or camera, one row per camera), optionally location; other columns become {fields}. Replaces --series and --sets.",
        valueName: "FILE"))
    var order: String?

    @Option(name: .customLong("template"), help: ArgumentHelp("Tag text template: signal (default), site, compact, or a .yaml file.", valueName: "NAME"))
    var template: String?

    @Option(name: .customLong("end-names"), help: ArgumentHelp("With --ends 2, what {end} says on each end's tag (default A,B), e.g. CAM,PANEL.", valueName: "NAMES"))
    var endNames: String?

    @Option(name: .customLong("camera-pattern"), help: ArgumentHelp("How cameras of quantity lines are named, from {set} and {series} (default CAM-{set:02}).", valueName: "PATTERN"))
    var cameraPattern: String?

    @Option(name: .customLong("summary-json"), help: ArgumentHelp("Write the job summary (sheets, labelsOnLastSheet, nextStartAt, nextSerial) as JSON to this file.", valueName: "FILE"))
    var summaryJSON: String?

    @Flag(name: .customLong("mono"), inversion: .prefixedNo, help: "Monochrome for thermal printers on roll media: 1-bit PNG, no anti-aliasing, boxed colour codes (default: the preset's).")
    var mono: Bool?

    /// Sets the job's order fields from the options.
    func apply(to job: inout TagsJob) {
        job.orderFile = order
        job.template = template
        job.endNames = endNames.map { $0.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() } }
        job.cameraPattern = cameraPattern
        job.summaryJSON = summaryJSON
        job.mono = mono
    }
}
