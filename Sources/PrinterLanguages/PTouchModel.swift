/// The Brother P-touch models leadprint drives with raster commands, and what their raster reference says about each.
public enum PTouchModel: String, CaseIterable, Sendable {
    case ptE550W = "PT-E550W", ptP750W = "PT-P750W"
    case ptP900 = "PT-P900", ptP900W = "PT-P900W", ptP910BT = "PT-P910BT", ptP950NW = "PT-P950NW"

    /// The head's pins: the dots of one raster line.
    public var pins: Int { isWideHead ? 560 : 128 }
    /// Bytes of one raster line before compression.
    public var bytesPerLine: Int { pins / 8 }
    /// Head resolution in dots per inch, along and across the tape (standard resolution).
    public var dpi: Int { isWideHead ? 360 : 180 }
    /// Null bytes that clear a half-received job: 100 in the PT-E550W/P750W reference, 200 in the PT-P900 series'.
    public var invalidateLength: Int { isWideHead ? 200 : 100 }
    /// The model code at byte 4 of the 32-byte status reply.
    public var statusCode: UInt8 {
        switch self {
        case .ptE550W: 0x65
        case .ptP750W: 0x68
        case .ptP900W: 0x69
        case .ptP950NW: 0x70
        case .ptP900: 0x71
        case .ptP910BT: 0x78
        }
    }
    /// Whether the model takes HSe tube: the PT-P910BT takes TZe tape only.
    public var takesTube: Bool { self != .ptP910BT }

    /// The PT-P900 family's 560-pin 360 dpi head, against the 128-pin 180 dpi head of the PT-E550W and PT-P750W.
    var isWideHead: Bool {
        switch self {
        case .ptE550W, .ptP750W: false
        case .ptP900, .ptP900W, .ptP910BT, .ptP950NW: true
        }
    }

    /// The model a status reply's code names.
    public init?(statusCode: UInt8) {
        guard let model = Self.allCases.first(where: { $0.statusCode == statusCode }) else { return nil }
        self = model
    }

    /// The model by name, in any case, with or without the `PT-` prefix.
    public init?(name: String) {
        var key = Substring(name.uppercased())
        if key.hasPrefix("PT-") { key = key.dropFirst(3) } else if key.hasPrefix("PT") { key = key.dropFirst(2) }
        guard let model = Self.allCases.first(where: { $0.rawValue.dropFirst(3) == key }) else { return nil }
        self = model
    }
}
