import Foundation

/// A camera series and its flying leads, grouped by use.
public struct Series: Hashable, Sendable {
    /// Short identifier, e.g. "PRO".
    public var id: String
    /// Display name, e.g. "PRO Series".
    public var name: String
    /// One sales sentence about the series.
    public var description: String
    /// Where the series is documented, if known.
    public var documentationURL: URL?
    /// The leads in position order.
    public var leads: [Lead]
    /// The groups in catalog order.
    public var groups: [LeadGroup]
    /// The footnotes in catalog order.
    public var footnotes: [Footnote]

    /// Creates a series; leads are kept in position order whatever order they come in.
    public init(id: String, name: String, description: String, documentationURL: URL? = nil,
                leads: [Lead], groups: [LeadGroup], footnotes: [Footnote]) {
        self.id = id
        self.name = name
        self.description = description
        self.documentationURL = documentationURL
        self.leads = leads.sorted { $0.position < $1.position }
        self.groups = groups
        self.footnotes = footnotes
    }

    /// The number of leads; loading has checked it against the declared count.
    public var leadCount: Int { leads.count }

    /// How many groups of each kind the series has, with 0 for kinds it lacks (Table 3).
    public var capabilities: [GroupKind: Int] {
        var counts = Dictionary(uniqueKeysWithValues: GroupKind.allCases.map { ($0, 0) })
        for group in groups { counts[group.kind, default: 0] += 1 }
        return counts
    }

    /// The group with the given id, if any.
    public func group(id: String) -> LeadGroup? {
        groups.first { $0.id == id }
    }

    /// The group a lead belongs to, if any.
    public func group(of lead: Lead) -> LeadGroup? {
        group(id: lead.groupID)
    }

    /// The leads of a group, in position order.
    public func leads(in group: LeadGroup) -> [Lead] {
        leads.filter { $0.groupID == group.id }
    }

    /// The footnote a group refers to, if any.
    public func footnote(for group: LeadGroup) -> Footnote? {
        guard let mark = group.footnoteMark else { return nil }
        return footnotes.first { $0.mark == mark }
    }
}
