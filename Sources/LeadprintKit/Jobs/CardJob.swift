import Documents
import Geometry

/// A pinout-card job: which series, on which card, single or imposed on a sheet, with how much bleed.
public struct CardJob: Equatable, Sendable, Codable {
    /// The series, one card each.
    public var series: SeriesSelection = .all
    /// The card preset (its label is the trim size).
    public var preset = "cr80"
    /// A page preset to impose the cards on N-up, or nil for one card per page.
    public var sheet: String?
    /// Whether backs are placed for a long-edge flip.
    public var duplex = false
    /// How far colour runs past the trim.
    public var bleed = Length.mm(3)
    /// The brand file whose contact goes on the back ("your installer"); nil uses the job file's, else the catalog's publisher.
    public var brand: String?

    /// A job with every default: a CR80 card of every series, 3 mm bleed.
    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case series, preset, sheet, duplex, bleed, brand
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        series = try c.decodeIfPresent(SeriesSelection.self, forKey: .series) ?? series
        preset = try c.decodeIfPresent(String.self, forKey: .preset) ?? preset
        sheet = try c.decodeIfPresent(String.self, forKey: .sheet)
        duplex = try c.decodeIfPresent(Bool.self, forKey: .duplex) ?? duplex
        bleed = try c.decodeIfPresent(Length.self, forKey: .bleed) ?? bleed
        brand = try c.decodeIfPresent(String.self, forKey: .brand)
    }

    /// Checks the values that need no catalog or preset.
    public func validate() throws {
        guard bleed.points >= 0, bleed <= PinoutCard.maximumBleed else {
            throw DocumentError.outOfRange(.bleed, value: bleed.exactText, allowed: "a length from 0 to 10 mm")
        }
    }
}
