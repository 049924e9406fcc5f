import Geometry

/// How a printer-language job (`--format ptouch` or `zpl`) is printed and sent: the `printer:` map of a job file.
public struct PrinterSettings: Equatable, Sendable, Codable {
    /// Where tags are cut on a P-touch.
    public enum Cut: String, Sendable, Codable, CaseIterable {
        /// A full cut after each tag.
        case each
        /// A half cut between tags (through the tube, not its backing), a full cut after the last.
        case half
        /// No cut: one strip.
        case none
    }

    /// `tcp://HOST[:PORT]` or `usb:/dev/usb/lpN`: send the job straight to the printer.
    public var send: String?
    /// The printer model, when the preset lists several (`PT-P750W`).
    public var model: String?
    /// Feed before and after each tag's print (P-touch, ESC i d); nil for 2 mm.
    public var margin: Length?
    /// Cutting (P-touch); nil for `each`.
    public var cut: Cut?
    /// Chain printing: no feed and cut after the last tag (P-touch).
    public var chain: Bool?
    /// Keep the printer's buffer (P-touch, ESC i K bit 7).
    public var noBufferClear: Bool?
    /// Darkness 0 to 30 (ZPL `~SD`).
    public var darkness: Int?
    /// Print speed in inches per second, 1 to 14 (ZPL `^PR`).
    public var speed: Int?
    /// Copies of each tag (ZPL `^PQ`).
    public var quantity: Int?
    /// Seconds to connect and for the printer to take more bytes; nil for 10.
    public var timeout: Double?
    /// Whether to read a Brother printer's status and refuse a job for other media; nil for yes.
    public var mediaCheck: Bool?

    /// No settings: every default.
    public init() {}

    /// The connect and write timeout when none is given.
    public static let defaultTimeout = 10.0
    /// The P-touch margin when none is given: the smallest feed Brother's references allow for continuous media.
    public static let defaultMargin = Length.mm(2)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case send, model, margin, cut, chain, noBufferClear = "no-buffer-clear", darkness, speed, quantity, timeout, mediaCheck = "media-check"
    }

    /// The keys the map may have.
    public static let keys = CodingKeys.allCases.map(\.rawValue)

    /// Any key of the map, so a misspelt one is named instead of ignored.
    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: Decoder) throws {
        let any = try decoder.container(keyedBy: AnyKey.self)
        if let unknown = any.allKeys.first(where: { CodingKeys(rawValue: $0.stringValue) == nil }) {
            throw DecodingError.dataCorruptedError(forKey: unknown, in: any,
                                                   debugDescription: "unknown printer setting '\(unknown.stringValue)'; known: \(Self.keys.joined(separator: ", "))")
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        send = try c.decodeIfPresent(String.self, forKey: .send)
        model = try c.decodeIfPresent(String.self, forKey: .model)
        margin = try c.decodeIfPresent(Length.self, forKey: .margin)
        cut = try c.decodeIfPresent(Cut.self, forKey: .cut)
        chain = try c.decodeIfPresent(Bool.self, forKey: .chain)
        noBufferClear = try c.decodeIfPresent(Bool.self, forKey: .noBufferClear)
        darkness = try c.decodeIfPresent(Int.self, forKey: .darkness)
        speed = try c.decodeIfPresent(Int.self, forKey: .speed)
        quantity = try c.decodeIfPresent(Int.self, forKey: .quantity)
        timeout = try c.decodeIfPresent(Double.self, forKey: .timeout)
        mediaCheck = try c.decodeIfPresent(Bool.self, forKey: .mediaCheck)
    }
}
