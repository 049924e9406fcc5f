/// Leads that are wired together, such as the two contacts of an alarm output.
public struct LeadGroup: Hashable, Sendable {
    /// Identifier that leads use to name the group.
    public var id: String
    /// The name printed for the group, e.g. "Alarm input #1".
    public var name: String
    /// What the group is for.
    public var kind: GroupKind
    /// The mark of the series footnote that explains the group, if any.
    public var footnoteMark: String?
    /// Positions of the member leads, ascending; derived from the leads that name this group.
    public var positions: [Int]

    /// Creates a group.
    public init(id: String, name: String, kind: GroupKind, footnoteMark: String? = nil, positions: [Int]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.footnoteMark = footnoteMark
        self.positions = positions
    }
}
