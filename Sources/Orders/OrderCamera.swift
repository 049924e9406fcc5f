/// One camera of an order: its ID or name, where it goes, and any extra fields its tags may print.
public struct OrderCamera: Hashable, Sendable {
    /// The camera's ID or name, printed as `{camera}`.
    public var id: String
    /// Where the camera goes, printed as `{location}` (empty when not given).
    public var location: String
    /// Extra fields by name (an order CSV's other columns).
    public var fields: [String: String]
    /// Where the camera is listed, for errors.
    public var source: OrderLocation?

    /// Creates a camera.
    public init(id: String, location: String = "", fields: [String: String] = [:], source: OrderLocation? = nil) {
        self.id = id; self.location = location; self.fields = fields; self.source = source
    }
}
