import Barcodes
import Geometry
import Layout

/// A barcode printed on every tag: its symbology, the payload template and the smallest module the printer reproduces.
public struct TagBarcode: Sendable {
    /// The symbology.
    public let symbology: Symbology
    /// How each tag's payload is built from its fields.
    public let template: PayloadTemplate
    /// The smallest module allowed, or nil for the preset's default (see `minimumModule(on:)`).
    public let minimumModuleOverride: Length?

    /// The smallest module a laser or inkjet printer and a scanner handle reliably.
    public static let laserMinimumModule = Length.mm(0.25)
    /// The largest module used: larger symbols only take room from the text.
    static let maximumModule = Length.mm(0.5)

    /// The template used when none is given: series and position, with the serial when serials are printed.
    public static func defaultTemplate(serials: Bool) -> String {
        serials ? "{series}-{position:02}-{serial:05}" : "{series}-{position:02}"
    }

    /// Creates a barcode from a symbology name (`code128`, `datamatrix`, `qr`); fails naming an unknown symbology or a non-positive module.
    public init(symbology name: String, template: PayloadTemplate, minimumModule: Length? = nil) throws {
        guard let symbology = Symbology(rawValue: name.lowercased()) else {
            throw DocumentError.unknownBarcode(name, known: Symbology.allCases.map(\.rawValue) + ["none"])
        }
        if let minimumModule, minimumModule.points <= 0 {
            throw DocumentError.outOfRange(.minModule, value: minimumModule.description, allowed: "more than zero")
        }
        self.symbology = symbology; self.template = template; self.minimumModuleOverride = minimumModule
    }

    /// The printer's dot on thermal media (roll presets with a resolution), which modules are whole multiples of.
    public static func dot(on preset: Preset) -> Length? {
        guard preset.kind == .roll, let dpi = preset.dpi, dpi > 0 else { return nil }
        return .inch(1 / dpi)
    }

    /// The smallest module on a preset: the override, else one printer dot on thermal media, else 0.25 mm.
    public func minimumModule(on preset: Preset) -> Length {
        minimumModuleOverride ?? Self.dot(on: preset) ?? Self.laserMinimumModule
    }

    /// The payload of one tag.
    public func payload(for tag: Tag) -> String {
        template.expand(tag.value(of:))
    }

    /// Whether payloads differ from tag to tag of one lead (they carry the serial).
    var variesPerTag: Bool { !template.usesOnly(TagText.leadFields) }
}
