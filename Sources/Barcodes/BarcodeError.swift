/// What can go wrong while encoding or placing a barcode.
public enum BarcodeError: Error, CustomStringConvertible, Equatable {
    /// libzint refused the payload.
    case cannotEncode(symbology: Symbology, payload: String, reason: String)
    /// The symbol's modules would be smaller than the printer can reproduce in the room given.
    case moduleTooSmall(context: String, symbology: Symbology, module: Double, minimum: Double)

    public var description: String {
        switch self {
        case .cannotEncode(let symbology, let payload, let reason):
            "cannot encode '\(payload)' as \(symbology.rawValue): \(reason)"
        case .moduleTooSmall(let context, let symbology, let module, let minimum):
            "\(context): the \(symbology.rawValue) symbol would have \(String(format: "%.3f", module)) mm modules, below the \(String(format: "%.3f", minimum)) mm minimum: give it more room, shorten the payload or use another symbology"
        }
    }
}
