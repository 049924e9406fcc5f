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

    /// A line of `quantity` cameras named by the order's pattern.
    public init(series: String, quantity: Int, source: OrderLocation? = nil) {
        self.series = series; self.quantity = quantity; self.cameras = []; self.source = source
    }

    /// A line of named cameras.
    public init(series: String, cameras: [OrderCamera], source: OrderLocation? = nil) {
        self.series = series; self.quantity = cameras.count; self.cameras = cameras; self.source = source
    }
}
