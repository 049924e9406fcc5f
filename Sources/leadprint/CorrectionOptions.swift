import ArgumentParser
import Documents
import LeadprintKit

/// A printer's measured misregistration, applied to every item of every page.
struct CorrectionOptions: ParsableArguments {
    @Option(name: .customLong("offset"), help: ArgumentHelp("Shift everything by X,Y (right, down), with units: 1mm,-2mm or 0.04in,0in.", valueName: "X,Y"))
    var offset: String?

    @Option(name: .customLong("scale"), help: ArgumentHelp("Scale everything about the page's top-left corner: 1.005 or 100.5%.", valueName: "FACTOR"))
    var scale: String?

    /// The offset given, if any.
    func parsedOffset() throws -> Offset? { try offset.map { try Offset(parsing: $0) } }

    /// The scale given as a factor (`1.005`) or a percentage (`100.5%`), if any.
    func parsedScale() throws -> Double? {
        try scale.map { try PrinterCorrection(offset: nil, scale: $0).scale }
    }
}
