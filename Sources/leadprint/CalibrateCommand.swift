import ArgumentParser
import Documents
import Foundation
import Layout
import Typesetting

/// `leadprint calibrate`: a page to measure a printer's offset against label stock.
struct CalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Print every label outline with a centre cross and rulers, to measure the printer's offset.",
        discussion: "Print on plain paper at 100 %, hold against a blank sheet, measure from a printed cross to its label's centre, and pass that to `leadprint tags --offset X,Y`. Add --offset here to check a correction.")

    @Option(name: .long, help: "Label sheet or roll preset.")
    var preset: String

    @OptionGroup var correction: CorrectionOptions
    @OptionGroup var presetOptions: PresetOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var printing: PrintOptions

    func run() throws {
        try printing.check(output.resolvedFormat)
        let media = try presetOptions.library().preset(named: preset, kinds: [.sheet, .roll])
        let sheet = try CalibrationSheet(preset: media, correction: try correction.correction())
        let files = try output.write(sheet.pages(typesetter: try Typesetter()), defaultName: "calibrate-\(media.name)",
                                     title: "leadprint calibration (\(media.name))", defaultDPI: media.dpi ?? 300)
        try printing.send(files, page: media.media, title: "leadprint calibration (\(media.name))")
    }
}
