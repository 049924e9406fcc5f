/// The order tags come off the printer.
public enum TagCollation: String, Sendable, CaseIterable, Codable {
    /// Every lead of one camera together, then the next camera: one kit at a time.
    case camera
    /// One lead's tags for every camera together, then the next lead: one wire type at a time.
    case lead
}
