import Documents
import Geometry
import LeadCatalog

/// Which series a job covers: every series of the catalog, or a list of ids matched without regard to case.
///
/// In a job file it is `all`, one id, a comma list (`PRO,VALUE`) or a YAML list; the command line takes the same words.
public enum SeriesSelection: Equatable, Sendable, Codable, CustomStringConvertible {
    /// Every series of the catalog, in catalog order.
    case all
    /// These ids, in this order.
    case ids([String])

    /// Reads `all`, an id or a comma list; empty ids are refused.
    public init(parsing text: String) throws(DocumentError) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        if parts.count == 1, parts[0].lowercased() == "all" { self = .all; return }
        guard !parts.contains(where: \.isEmpty) else {
            throw DocumentError.malformed(.series, value: text, expected: "a series id, a comma-separated list of ids, or all")
        }
        self = .ids(parts)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        // A list or one text value: only "this is not a list" sends it on to be read as text.
        let text: String
        do {
            text = try container.decode([String].self).joined(separator: ",")
        } catch DecodingError.typeMismatch {
            text = try container.decode(String.self)
        }
        self = try Decoding.wrap(container) { try SeriesSelection(parsing: text) }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .all: try container.encode("all")
        case .ids(let ids): try container.encode(ids)
        }
    }

    /// `all` or the ids joined by commas, as typed on a command line.
    public var description: String {
        switch self {
        case .all: "all"
        case .ids(let ids): ids.joined(separator: ",")
        }
    }

    /// The series of `catalog` this selection names; fails naming an unknown or repeated id.
    public func resolve(in catalog: Catalog) throws(DocumentError) -> [Series] {
        switch self {
        case .all:
            return catalog.series
        case .ids(let ids):
            var chosen: [Series] = []
            for id in ids {
                guard let series = catalog.series.first(where: { $0.id.caseInsensitiveCompare(id) == .orderedSame }) else {
                    throw DocumentError.unknownSeries(id, known: catalog.series.map(\.id) + ["all"])
                }
                guard !chosen.contains(where: { $0.id == series.id }) else { throw DocumentError.duplicateSeries(series.id) }
                chosen.append(series)
            }
            return chosen
        }
    }
}
