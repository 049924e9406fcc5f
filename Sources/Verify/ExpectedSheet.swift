/// One sheet as the job printed it: every label position, the tag on it and where its code should be, in page points.
public struct ExpectedSheet: Sendable {
    /// The sheet, from 0.
    public var page: Int
    /// The page size, in points.
    public var pageSize: Vec2
    /// Every label position of the sheet, in fill order.
    public var labels: [ExpectedLabel]

    /// Creates a sheet.
    public init(page: Int, pageSize: Vec2, labels: [ExpectedLabel]) { self.page = page; self.pageSize = pageSize; self.labels = labels }

    /// The largest code on the sheet, in points (0 before the codes are located).
    public var largestSymbol: Double { labels.compactMap { $0.tag?.symbol.map { max($0.width, $0.height) } }.max() ?? 0 }

    /// The tags the sheet carries.
    public var tagCount: Int { labels.filter { $0.tag != nil }.count }

    /// Records where each tag's code is, from the job's own page rendered at `dpi` and decoded: the features a scan is registered by.
    public mutating func locateSymbols(in reference: GrayImage, dpi: Double, decoder: SymbolDecoder) throws {
        let k = 72 / dpi
        // Each label read on its own (with a millimetre round it): QR codes are found one region at a time.
        let pad = 72 / 25.4
        let regions = labels.map { l in
            SymbolDecoder.Region(x0: Int((l.origin.x - pad) / k), y0: Int((l.origin.y - pad) / k),
                                 x1: Int(((l.origin.x + l.size.x + pad) / k).rounded(.up)), y1: Int(((l.origin.y + l.size.y + pad) / k).rounded(.up)))
        }
        for symbol in try decoder.decode(reference, expected: tagCount, regions: regions) {
            let center = symbol.center * k
            guard let i = labels.firstIndex(where: { $0.contains(center) && $0.tag?.payload == symbol.payload }) else { continue }
            labels[i].tag?.symbol = ExpectedSymbol(center: center, corners: symbol.corners.map { $0 * k }, width: symbol.width * k, height: symbol.height * k)
        }
    }
}

/// A label position on a sheet: where it is and what the job put there.
public struct ExpectedLabel: Sendable {
    /// The position in fill order, from 0; row and column, from 0.
    public var position: Int, row: Int, column: Int
    /// The label's top-left corner and size, in points.
    public var origin: Vec2, size: Vec2
    /// The tag printed there, or nil for a label left empty.
    public var tag: ExpectedTag?

    /// Creates a label.
    public init(position: Int, row: Int, column: Int, origin: Vec2, size: Vec2, tag: ExpectedTag?) {
        self.position = position; self.row = row; self.column = column; self.origin = origin; self.size = size; self.tag = tag
    }

    /// Whether a page point is on the label.
    func contains(_ p: Vec2) -> Bool { p.x >= origin.x && p.y >= origin.y && p.x <= origin.x + size.x && p.y <= origin.y + size.y }
    /// The label's centre.
    var center: Vec2 { origin + size * 0.5 }
}

/// A tag the job printed: its payload and the names a report gives it.
public struct ExpectedTag: Sendable {
    /// The tag's index in print order, from 0.
    public var index: Int
    /// The barcode payload.
    public var payload: String
    /// The camera's ID and its number in the order.
    public var cameraID: String, camera: Int
    /// The series, lead position and label.
    public var series: String, lead: Int, leadLabel: String
    /// The wire's end, empty for one tag per wire.
    public var end: String
    /// Where the code is on the page, once located in the reference page.
    public var symbol: ExpectedSymbol?

    /// Creates a tag.
    public init(index: Int, payload: String, cameraID: String, camera: Int, series: String, lead: Int, leadLabel: String, end: String) {
        self.index = index; self.payload = payload; self.cameraID = cameraID; self.camera = camera
        self.series = series; self.lead = lead; self.leadLabel = leadLabel; self.end = end
    }

    /// How a report names the tag: `CAM-01 PRO lead 3 'V+'`, with the end when there are two.
    public var name: String { "\(cameraID) \(series) lead \(lead) '\(leadLabel)'" + (end.isEmpty ? "" : " end \(end)") }
}

/// A code's place on the page, in points.
public struct ExpectedSymbol: Sendable {
    public var center: Vec2
    public var corners: [Vec2]
    public var width: Double, height: Double
}
