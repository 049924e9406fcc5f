/// A gLabels template that is listed but cannot be printed on, with the reason.
public struct UnsupportedTemplate: Hashable, Sendable {
    /// The name it would have as a preset (`glabels:Brand Part`).
    public var name: String
    /// The file and line it was read from.
    public var origin: String
    /// Why leadprint does not print on it.
    public var reason: String

    /// Creates an entry.
    public init(name: String, origin: String, reason: String) { self.name = name; self.origin = origin; self.reason = reason }

    /// The error a request for this template gets.
    public var error: LayoutError { .unsupportedTemplate(name: name, origin: origin, reason: reason) }
}
