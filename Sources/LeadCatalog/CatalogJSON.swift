import Foundation

/// The catalog's stable JSON form for scripts and diffs: pretty-printed, keys sorted, series and leads in
/// catalog order, every capability kind present.
public enum CatalogJSON {
    /// The catalog as JSON text.
    public static func encode(_ catalog: Catalog) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(series: catalog.series.map(SeriesForm.init))
        let data = try encoder.encode(document)
        return String(decoding: data, as: UTF8.self)
    }

    private struct Document: Encodable {
        var series: [SeriesForm]
    }

    private struct SeriesForm: Encodable {
        var id: String
        var name: String
        var leadCount: Int
        var leads: [LeadForm]
        var groups: [GroupForm]
        var footnotes: [FootnoteForm]
        var capabilities: [String: Int]

        init(_ series: Series) {
            id = series.id
            name = series.name
            leadCount = series.leadCount
            leads = series.leads.map { lead in
                LeadForm(position: lead.position, color: lead.colorName, code: lead.color.code, label: lead.label,
                         definition: lead.definition, group: series.group(of: lead)?.name ?? lead.groupID)
            }
            groups = series.groups.map {
                GroupForm(name: $0.name, kind: $0.kind.rawValue, positions: $0.positions, footnote: $0.footnoteMark)
            }
            footnotes = series.footnotes.map { FootnoteForm(mark: $0.mark, text: $0.text) }
            capabilities = Dictionary(uniqueKeysWithValues: series.capabilities.map { ($0.key.rawValue, $0.value) })
        }
    }

    private struct LeadForm: Encodable {
        var position: Int
        var color: String
        var code: String
        var label: String
        var definition: String
        var group: String
    }

    private struct GroupForm: Encodable {
        var name: String
        var kind: String
        var positions: [Int]
        var footnote: String?

        // Synthesised encoding would drop a nil footnote; consumers expect the key with null.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(kind, forKey: .kind)
            try container.encode(positions, forKey: .positions)
            try container.encode(footnote, forKey: .footnote)
        }

        private enum CodingKeys: String, CodingKey {
            case name, kind, positions, footnote
        }
    }

    private struct FootnoteForm: Encodable {
        var mark: String
        var text: String
    }
}
