import ArgumentParser
import Documents
import Geometry

/// The barcode choices of the command line; `none` prints no code.
enum BarcodeChoice: String, ExpressibleByArgument, CaseIterable {
    case code128, datamatrix, qr, none
}

/// `--barcode`, `--barcode-data` and `--min-module`: a barcode on every tag.
struct BarcodeOptions: ParsableArguments {
    @Option(name: .long, help: "Barcode on every tag: code128, datamatrix, qr or none.")
    var barcode: BarcodeChoice = .none

    @Option(name: .long, help: ArgumentHelp(
        "Barcode payload built from {series} {position} {label} {color} {code} {serial} {definition} {group}; {position:02} zero-pads (default: {series}-{position:02}, with -{serial:05} when --serial is given).",
        valueName: "TEMPLATE"))
    var barcodeData: String?

    @Option(name: .long, help: ArgumentHelp(
        "Smallest barcode module, with its unit (default: 0.25mm, or one printer dot on thermal roll media); a code that would be smaller fails.",
        valueName: "LENGTH"))
    var minModule: String?

    mutating func validate() throws {
        do { _ = try tagBarcode(serials: true) } catch { throw ValidationError("\(error)") }
    }

    /// The barcode asked for, or nil for none.
    func tagBarcode(serials: Bool) throws -> TagBarcode? {
        var minimum: Length?
        if let minModule {
            guard let length = Length(parsing: minModule) else {
                throw ValidationError("--min-module '\(minModule)' is not a length with a unit such as 0.25mm")
            }
            minimum = length
        }
        guard barcode != .none else {
            if barcodeData != nil { throw ValidationError("--barcode-data needs --barcode code128, datamatrix or qr") }
            return nil
        }
        let template = try PayloadTemplate(barcodeData ?? TagBarcode.defaultTemplate(serials: serials))
        return try TagBarcode(symbology: barcode.rawValue, template: template, minimumModule: minimum)
    }
}
