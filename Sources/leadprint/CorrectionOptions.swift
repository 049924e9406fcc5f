import ArgumentParser
import Documents
import LeadprintKit

/// A printer's measured misregistration, applied to every item of every page.
struct CorrectionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Shift everything by X,Y (right, down), with units: 1mm,-2mm or 0.04in,0in.", valueName: "X,Y"))
    var offset: String?

    @Option(name: .long, help: ArgumentHelp("Scale everything about the page's top-left corner: 1.005 or 100.5%.", valueName: "FACTOR"))
    var scale: String?

    /// The offset given, if any.
    func parsedOffset() throws -> Offset? { try offset.map { try Offset(parsing: $0) } }

    /// The scale given as a factor (`1.005`) or a percentage (`100.5%`), if any.
    func parsedScale() throws -> Double? {
        guard let scale else { return nil }
        let text = scale.trimmingCharacters(in: .whitespaces)
        let value = text.hasSuffix("%") ? Double(text.dropLast()).map { $0 / 100 } : Double(text)
        guard let value, value.isFinite else {
            throw DocumentError.malformed(.scale, value: scale, expected: "a factor like 1.005 or a percentage like 100.5%")
        }
        return value
    }
}
