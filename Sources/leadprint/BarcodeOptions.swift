import ArgumentParser
import Documents
import Geometry
import LeadprintKit

/// The barcode choices of the command line; `none` prints no code.
enum BarcodeChoice: String, RawValueArgument {
    case code128, datamatrix, qr, none
}

/// `--barcode`, `--barcode-data` and `--min-module`: a barcode on every tag.
struct BarcodeOptions: ParsableArguments {
    @Option(name: .customLong("barcode"), help: "Barcode on every tag: code128, datamatrix, qr or none.")
    var barcode: BarcodeChoice = .none

    @Option(name: .customLong("barcode-data"), help: ArgumentHelp(
        "Barcode payload built from {series} {position} {label} {color} {code} {serial} {definition} {group} {camera} {location} {set} {end} and order columns; {position:02} zero-pads, {a|b} takes the first non-empty (default: {series}-{position:02}, with -{serial:05} when --serial is given).",
        valueName: "TEMPLATE"))
    var barcodeData: String?

    @Option(name: .customLong("min-module"), help: ArgumentHelp(
        "Smallest barcode module, with its unit (default: 0.25mm, or one printer dot on thermal roll media); a code that would be smaller fails.",
        valueName: "LENGTH"))
    var minModule: String?

    /// Sets the job's barcode fields from the options.
    func apply(to job: inout TagsJob) throws {
        job.barcode = barcode == .none ? nil : barcode.rawValue
        job.barcodeData = barcodeData
        if let minModule {
            guard let length = Length(parsing: minModule) else {
                throw DocumentError.malformed(.minModule, value: minModule, expected: "a length with a unit, such as 0.25mm")
            }
            job.minModule = length
        }
    }
}
