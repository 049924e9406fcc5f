import Orders

/// An order written into a job file: quantity lines, named cameras, or both (lines print first).
///
/// ```yaml
/// order:
///   lines: [{series: PRO, quantity: 12}, {series: VALUE, quantity: 5}]
///   cameras: [{series: PRO, camera: CAM-18, location: Gate 2, fields: {bay: B7}}]
/// ```
public struct OrderSpec: Equatable, Sendable, Codable {
    /// A series and how many cameras of it.
    public struct Line: Equatable, Sendable, Codable {
        public var series: String
        public var quantity: Int
        /// Where the line's cameras go.
        public var location: String?
        /// Extra fields shared by the line's cameras.
        public var fields: [String: String]?
        public init(series: String, quantity: Int, location: String? = nil, fields: [String: String]? = nil) {
            self.series = series; self.quantity = quantity; self.location = location; self.fields = fields
        }
    }

    /// One named camera.
    public struct Camera: Equatable, Sendable, Codable {
        public var series: String
        public var camera: String
        public var location: String?
        public var fields: [String: String]?
        public init(series: String, camera: String, location: String? = nil, fields: [String: String]? = nil) {
            self.series = series; self.camera = camera; self.location = location; self.fields = fields
        }
    }

    /// Quantity lines.
    public var lines: [Line]?
    /// Named cameras.
    public var cameras: [Camera]?

    /// Creates an order section.
    public init(lines: [Line]? = nil, cameras: [Camera]? = nil) { self.lines = lines; self.cameras = cameras }

    /// The extra field names the cameras use, sorted.
    public var fieldNames: [String] {
        Array(Set((cameras ?? []).flatMap { ($0.fields ?? [:]).keys } + (lines ?? []).flatMap { ($0.fields ?? [:]).keys })).sorted()
    }

    /// The order, each entry located in the job file named `source`.
    public func order(source: String) -> Order {
        var result: [OrderLine] = []
        for (i, line) in (lines ?? []).enumerated() {
            result.append(OrderLine(series: line.series, quantity: line.quantity, location: line.location ?? "", fields: line.fields ?? [:],
                                    source: OrderLocation(file: source, entry: "lines[\(i)]")))
        }
        for (i, camera) in (cameras ?? []).enumerated() {
            let at = OrderLocation(file: source, entry: "cameras[\(i)]")
            let named = OrderCamera(id: camera.camera, location: camera.location ?? "", fields: camera.fields ?? [:], source: at)
            if let last = result.last, last.series == camera.series, !last.cameras.isEmpty {
                result[result.count - 1].cameras.append(named)
                result[result.count - 1].quantity += 1
            } else {
                result.append(OrderLine(series: camera.series, cameras: [named], source: at))
            }
        }
        return Order(lines: result, fieldNames: fieldNames, source: source)
    }
}
