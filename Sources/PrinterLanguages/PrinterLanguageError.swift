/// What goes wrong turning a raster into a printer's language, or reading a printer's reply.
public enum PrinterLanguageError: Error, Equatable, Sendable {
    /// The model does not take this media (the PT-P910BT and HSe tube).
    case modelTakesNoTube(model: String)
    /// The tag's raster is wider than the head or the label (`what` names the limit).
    case rasterTooLarge(what: String, dots: Int, limit: Int)
    /// A ZPL setting outside what the language allows.
    case outOfRange(setting: String, value: Int, allowed: ClosedRange<Int>)
    /// A status reply that is not Brother's 32-byte status.
    case malformedStatus(length: Int, detail: String)
}

extension PrinterLanguageError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .modelTakesNoTube(let model): "\(model) takes no HSe tube (TZe tape only)"
        case .rasterTooLarge(let what, let dots, let limit): "the tag is \(dots) dots; \(what) takes at most \(limit)"
        case .outOfRange(let setting, let value, let allowed): "\(setting) must be \(allowed.lowerBound) to \(allowed.upperBound) (got \(value))"
        case .malformedStatus(let length, let detail): "the printer's status reply (\(length) bytes) is not Brother's 32-byte status: \(detail)"
        }
    }
}
