import Documents

/// A calibration-page job: a label preset's outlines, crosses and rulers, with an optional correction to check.
public struct CalibrateJob: Equatable, Sendable, Codable {
    /// The label sheet or roll preset.
    public var preset = "avery-5160"
    /// The printer's measured shift, to check it.
    public var offset: Offset?
    /// The printer's measured scale.
    public var scale: Double?

    /// A job with every default.
    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case preset, offset, scale
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        preset = try c.decodeIfPresent(String.self, forKey: .preset) ?? preset
        offset = try c.decodeIfPresent(Offset.self, forKey: .offset)
        scale = try c.decodeIfPresent(Double.self, forKey: .scale)
    }

    /// The printer correction the job asks for.
    public var correction: PrinterCorrection {
        PrinterCorrection(dx: offset?.x ?? .zero, dy: offset?.y ?? .zero, scale: scale ?? 1)
    }

    /// Checks the scale.
    public func validate() throws {
        if let scale, !(scale >= 0.5 && scale <= 2) { throw DocumentError.outOfRange(.scale, value: String(scale), allowed: "a factor from 0.5 to 2") }
    }
}
