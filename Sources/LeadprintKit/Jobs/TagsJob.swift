import Documents
import Geometry
import Layout

/// A wire-tag job: which series, how many cameras, on which media, with which serials and codes.
public struct TagsJob: Equatable, Sendable, Codable {
    /// The series to tag.
    public var series: SeriesSelection = .all
    /// The label sheet or roll preset.
    public var preset = "avery-5160"
    /// Cameras: every lead is tagged once per camera.
    public var sets = 1
    /// Tags per wire: 2 marks both ends.
    public var ends = 1
    /// First label position on the first sheet, from 1.
    public var startAt = 1
    /// Camera order (one camera's leads together) or lead order.
    public var collate: TagCollation = .camera
    /// The first serial, or nil for none.
    public var serial: Int?
    /// Whether label outlines are drawn (a proof).
    public var outlines = false
    /// The printer's measured shift.
    public var offset: Offset?
    /// The printer's measured scale, 1 for none.
    public var scale: Double?
    /// The barcode symbology (code128, datamatrix, qr), or nil for none.
    public var barcode: String?
    /// The barcode payload template.
    public var barcodeData: String?
    /// The smallest barcode module allowed.
    public var minModule: Length?
    /// An order written into the job: lines of series and quantity, or named cameras; replaces series and sets.
    public var order: OrderSpec?
    /// An order CSV file (series, and quantity or camera; optional location; other columns become fields).
    public var orderFile: String?
    /// The tag text template: a shipped name (signal, site, compact) or a .yaml file; nil for signal.
    public var template: String?
    /// What the two ends' tags say in `{end}` with `ends: 2`; nil for A and B.
    public var endNames: [String]?
    /// How cameras of quantity lines are named (`{set}`, `{series}`); nil for `CAM-{set:02}`.
    public var cameraPattern: String?
    /// Where the job summary is written as JSON, or nil for none.
    public var summaryJSON: String?
    /// Monochrome output for thermal printers: 1-bit PNG, no anti-aliasing, boxed colour codes; nil follows the preset.
    public var mono: Bool?

    /// A job with every default: all series, one camera, Avery 5160.
    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case series, preset, sets, ends, startAt = "start-at", collate, serial, outlines, offset, scale
        case barcode, barcodeData = "barcode-data", minModule = "min-module"
        case order, orderFile = "order-file", template, endNames = "end-names", cameraPattern = "camera-pattern"
        case summaryJSON = "summary-json", mono
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        series = try c.decodeIfPresent(SeriesSelection.self, forKey: .series) ?? series
        preset = try c.decodeIfPresent(String.self, forKey: .preset) ?? preset
        sets = try c.decodeIfPresent(Int.self, forKey: .sets) ?? sets
        ends = try c.decodeIfPresent(Int.self, forKey: .ends) ?? ends
        startAt = try c.decodeIfPresent(Int.self, forKey: .startAt) ?? startAt
        collate = try c.decodeIfPresent(TagCollation.self, forKey: .collate) ?? collate
        serial = try c.decodeIfPresent(Int.self, forKey: .serial)
        outlines = try c.decodeIfPresent(Bool.self, forKey: .outlines) ?? outlines
        offset = try c.decodeIfPresent(Offset.self, forKey: .offset)
        scale = try c.decodeIfPresent(Double.self, forKey: .scale)
        barcode = try c.decodeIfPresent(String.self, forKey: .barcode)
        barcodeData = try c.decodeIfPresent(String.self, forKey: .barcodeData)
        minModule = try c.decodeIfPresent(Length.self, forKey: .minModule)
        order = try c.decodeIfPresent(OrderSpec.self, forKey: .order)
        orderFile = try c.decodeIfPresent(String.self, forKey: .orderFile)
        template = try c.decodeIfPresent(String.self, forKey: .template)
        endNames = try c.decodeIfPresent([String].self, forKey: .endNames)
        cameraPattern = try c.decodeIfPresent(String.self, forKey: .cameraPattern)
        summaryJSON = try c.decodeIfPresent(String.self, forKey: .summaryJSON)
        mono = try c.decodeIfPresent(Bool.self, forKey: .mono)
    }

    /// Whether the job prints an order rather than `sets` cameras of each series.
    public var hasOrder: Bool { order != nil || orderFile != nil }

    /// The printer correction the job asks for.
    public var correction: PrinterCorrection {
        PrinterCorrection(dx: offset?.x ?? .zero, dy: offset?.y ?? .zero, scale: scale ?? 1)
    }

    /// Checks the values that need no catalog or preset: counts, the scale, the barcode and its payload template.
    public func validate() throws {
        guard sets >= 1, sets <= Self.maximumSets else { throw DocumentError.outOfRange(.sets, value: String(sets), allowed: "1 to \(Self.maximumSets)") }
        guard ends == 1 || ends == 2 else { throw DocumentError.outOfRange(.ends, value: String(ends), allowed: "1 or 2") }
        guard startAt >= 1 else { throw DocumentError.outOfRange(.startAt, value: String(startAt), allowed: "1 or more") }
        if let serial, serial < 0 || serial > TagOrder.serialLimit {
            throw DocumentError.outOfRange(.serial, value: String(serial), allowed: "0 to \(TagOrder.serialLimit)")
        }
        if let scale, !(scale >= 0.5 && scale <= 2) { throw DocumentError.outOfRange(.scale, value: String(scale), allowed: "a factor from 0.5 to 2") }
        if order != nil, let orderFile {
            throw DocumentError.outOfRange(.orderFile, value: orderFile, allowed: "left out when the job writes its order in place")
        }
        if hasOrder, series != .all {
            throw DocumentError.outOfRange(.series, value: "\(series)", allowed: "left out when an order is given (the order lists its own series)")
        }
        if hasOrder, sets != 1 {
            throw DocumentError.outOfRange(.sets, value: String(sets), allowed: "left out when an order is given (the order lists its own quantities)")
        }
        if let endNames, endNames.count != 2 || ends != 2 {
            throw DocumentError.outOfRange(.endNames, value: endNames.joined(separator: ","), allowed: "two names, given with ends 2")
        }
        // A CSV order's own columns are known only once it is read; its templates are checked then.
        if orderFile == nil { _ = try tagBarcode(extraFields: order?.fieldNames ?? []) }
    }

    /// The most cameras one job tags.
    public static let maximumSets = 100_000

    /// The barcode asked for, or nil for none.
    public func tagBarcode(extraFields: [String] = []) throws -> TagBarcode? {
        if let minModule, minModule.points <= 0 { throw DocumentError.outOfRange(.minModule, value: minModule.exactText, allowed: "more than zero") }
        guard let barcode, barcode != "none" else {
            if barcodeData != nil { throw DocumentError.needs(.barcodeData, .barcode, because: "a payload needs a symbology to print it") }
            return nil
        }
        let template = try PayloadTemplate(barcodeData ?? TagBarcode.defaultTemplate(serials: serial != nil), extraFields: extraFields)
        return try TagBarcode(symbology: barcode, template: template, minimumModule: minModule)
    }
}
