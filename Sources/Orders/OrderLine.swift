/// One line of an order: a series with a quantity of cameras, or with the cameras themselves.
public struct OrderLine: Hashable, Sendable {
    /// The series id as the order spells it (matched to the catalog without case).
    public var series: String
    /// Cameras on the line.
    public var quantity: Int
    /// The cameras by name, or empty when the line gives only a quantity (names then come from the order's camera pattern).
    public var cameras: [OrderCamera]
    /// Where the line is, for errors.
    public var source: OrderLocation?
    /// Where the cameras of a quantity line go (named cameras carry their own).
    public var location = ""
    /// Extra fields shared by the cameras of a quantity line (named cameras carry their own).
    public var fields: [String: String] = [:]

    /// A line of `quantity` cameras named by the order's pattern, all going to `location` with the same extra fields.
    public init(series: String, quantity: Int, location: String = "", fields: [String: String] = [:], source: OrderLocation? = nil) {
        self.series = series; self.quantity = quantity; self.cameras = []; self.source = source
        self.location = location; self.fields = fields
    }

    /// A line of named cameras.
    public init(series: String, cameras: [OrderCamera], source: OrderLocation? = nil) {
        self.series = series; self.quantity = cameras.count; self.cameras = cameras; self.source = source
    }
}
