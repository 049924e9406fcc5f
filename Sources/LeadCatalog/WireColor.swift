import Geometry

/// A wire's colour: one solid colour, or a base colour with a tracer stripe.
public struct WireColor: Hashable, Sendable {
    /// Canonical name, e.g. "Violet" or "Green/Yellow".
    public var name: String
    /// IEC 60757 letter code, e.g. "VT" or "GNYE".
    public var code: String
    /// Print colour of the wire (or of its base for a two-colour wire).
    public var base: RGBColor
    /// Print colour of the tracer stripe; nil for a solid wire.
    public var tracer: RGBColor?
    /// Canonical name of the base colour.
    public var baseName: String
    /// Canonical name of the tracer colour; nil for a solid wire.
    public var tracerName: String?

    /// Creates a solid colour.
    public init(name: String, code: String, rgb: RGBColor) {
        self.name = name
        self.code = code
        self.base = rgb
        self.tracer = nil
        self.baseName = name
        self.tracerName = nil
    }

    /// Creates a two-colour wire from two solid colours; the code joins theirs (GN + YE = GNYE).
    public init(name: String, base: WireColor, tracer: WireColor) {
        self.name = name
        self.code = base.code + tracer.code
        self.base = base.base
        self.tracer = tracer.base
        self.baseName = base.name
        self.tracerName = tracer.name
    }

    /// Whether the wire has a tracer stripe.
    public var isTwoColor: Bool { tracer != nil }
}
