/// A Brother HSe 2:1 heat-shrink tube and where it sits under each head: the pins left of the printable band and the band's pins.
///
/// The pin figures are the ptouch package's (from Brother's raster references, corrected on printers by its author):
/// 128-pin head `cv_pte550wp750wp710bt_eng_raster_102` section 2.3, 560-pin head `cv_ptp900_eng_raster_102` section 2.3.5.
public struct PTouchTube: Equatable, Sendable {
    /// The tube's flat width in millimetres, as Brother names it (8.8 for HSe-221).
    public let flatWidth: Double
    /// The whole millimetres the printer reports and the print information command carries for it.
    public let widthCode: UInt8
    /// Unused pins before the printable band on the 128-pin and the 560-pin head.
    let leftPins: (narrow: Int, wide: Int)
    /// Pins of the printable band on the 128-pin and the 560-pin head.
    let printPins: (narrow: Int, wide: Int)

    /// The media kind of heat-shrink tube 2:1 in ESC i z and in the status reply.
    public static let mediaKind: UInt8 = 0x11

    /// Every HSe 2:1 tube.
    public static let all: [PTouchTube] = [
        PTouchTube(flatWidth: 5.8, widthCode: 6, leftPins: (52, 261), printPins: (28, 56)),
        PTouchTube(flatWidth: 8.8, widthCode: 9, leftPins: (42, 241), printPins: (48, 96)),
        PTouchTube(flatWidth: 11.7, widthCode: 12, leftPins: (33, 223), printPins: (66, 132)),
        PTouchTube(flatWidth: 17.7, widthCode: 18, leftPins: (13, 183), printPins: (106, 212)),
        PTouchTube(flatWidth: 23.6, widthCode: 24, leftPins: (0, 161), printPins: (128, 256)),
    ]

    /// The tube whose flat width is within 0.05 mm of `millimetres`.
    public static func flatWidth(_ millimetres: Double) -> PTouchTube? { all.first { abs($0.flatWidth - millimetres) < 0.05 } }

    /// The tube a status reply's media width names.
    public static func reported(_ widthCode: UInt8) -> PTouchTube? { all.first { $0.widthCode == widthCode } }

    /// Unused pins before the printable band on `model`'s head.
    public func leftPins(on model: PTouchModel) -> Int { model.isWideHead ? leftPins.wide : leftPins.narrow }
    /// Pins of the printable band on `model`'s head.
    public func printPins(on model: PTouchModel) -> Int { model.isWideHead ? printPins.wide : printPins.narrow }

    /// The width as people write it: `8.8 mm`.
    public var name: String { "\(flatWidth.formatted1) mm" }

    public static func == (a: PTouchTube, b: PTouchTube) -> Bool { a.widthCode == b.widthCode }
}

extension Double {
    /// One decimal, no trailing `.0` for whole numbers.
    var formatted1: String {
        let tenths = (self * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }
}
