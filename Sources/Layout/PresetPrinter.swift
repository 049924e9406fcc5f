/// The label printer a roll preset is for: the language it speaks, its models and (for P-touch) its head's pins.
public struct PresetPrinter: Hashable, Sendable {
    /// A printer language leadprint writes.
    public enum Language: String, Sendable, CaseIterable {
        /// Brother P-touch raster.
        case ptouch
        /// Zebra ZPL II.
        case zpl
    }

    /// The language.
    public var language: Language
    /// The models, as their makers name them (`PT-P900W`).
    public var models: [String]
    /// The head's pins, where the language needs them.
    public var pins: Int?

    /// Creates a printer description.
    public init(language: Language, models: [String], pins: Int? = nil) { self.language = language; self.models = models; self.pins = pins }
}
