import ArgumentParser
import Documents

/// A printer's measured misregistration, applied to every item of every page.
struct CorrectionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Shift everything by X,Y (right, down), with units: 1mm,-2mm or 0.04in,0in.", valueName: "X,Y"))
    var offset: String?

    @Option(name: .long, help: ArgumentHelp("Scale everything about the page's top-left corner: 1.005 or 100.5%.", valueName: "FACTOR"))
    var scale: String?

    mutating func validate() throws {
        do { _ = try correction() } catch { throw ValidationError("\(error)") }
    }

    /// The correction asked for.
    func correction() throws -> PrinterCorrection { try PrinterCorrection(offset: offset, scale: scale) }
}
