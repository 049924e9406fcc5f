/// What a warehouse order asks for: lines of series with quantities or named cameras, printed as one run.
public struct Order: Hashable, Sendable {
    /// The lines, in print order.
    public var lines: [OrderLine]
    /// Extra field names the cameras carry (CSV columns besides series, quantity, camera and location), in column order.
    public var fieldNames: [String]
    /// Where the order came from (a CSV file or a job file), for errors.
    public var source: String

    /// How cameras of quantity lines are named: `{set}` is the camera's number in the order, `{series}` its series.
    public static let defaultCameraPattern = "CAM-{set:02}"
    /// The most cameras one order lists: a bound on counting, far above any order (quantity lines cost no memory per camera).
    public static let maximumCameras = 10_000_000

    /// Creates an order.
    public init(lines: [OrderLine], fieldNames: [String] = [], source: String = "order") {
        self.lines = lines; self.fieldNames = fieldNames; self.source = source
    }

    /// Cameras in the whole order.
    public var cameraCount: Int { lines.reduce(0) { $0 + $1.quantity } }

    /// The order with every series id spelled as the catalog spells it; fails, located, on an unknown series,
    /// a quantity under 1, a camera ID used twice, or more cameras than one job tags.
    public func resolved(knownSeries: [String]) throws -> Order {
        var copy = self
        var seen: [String: OrderLocation] = [:]
        var total = 0
        guard !lines.isEmpty else { throw OrderError.empty(OrderLocation(file: source)) }
        for (i, line) in lines.enumerated() {
            let at = line.source ?? OrderLocation(file: source, entry: "lines[\(i)]")
            guard let id = knownSeries.first(where: { $0.caseInsensitiveCompare(line.series) == .orderedSame }) else {
                throw OrderError.unknownSeries(at, column: "series", value: line.series, known: knownSeries)
            }
            copy.lines[i].series = id
            guard line.quantity >= 1 else { throw OrderError.badQuantity(at, column: "quantity", value: String(line.quantity)) }
            for camera in line.cameras {
                let where_ = camera.source ?? at
                guard !camera.id.isEmpty else { throw OrderError.emptyCell(where_, column: "camera") }
                if let first = seen[camera.id] { throw OrderError.duplicateCamera(where_, column: "camera", value: camera.id, first: first) }
                seen[camera.id] = where_
            }
            total += line.quantity
            guard total <= Self.maximumCameras else { throw OrderError.tooManyCameras(at, count: total, limit: Self.maximumCameras) }
        }
        return copy
    }
}
