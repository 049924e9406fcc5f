/// The barcode symbologies leadprint prints.
public enum Symbology: String, Sendable, CaseIterable {
    /// Code 128, a linear code for warehouse scanners.
    case code128
    /// Data Matrix ECC 200, a small square 2D code.
    case datamatrix
    /// QR Code, a 2D code phones read.
    case qr

    /// Whether the symbol is a row of bars (and carries human-readable text under it).
    public var isLinear: Bool { self == .code128 }

    /// The quiet zone the standard asks for on each side, in modules: ISO/IEC 15417 (10X), 16022 (1X), 18004 (4X).
    public var quietZoneModules: Double {
        switch self {
        case .code128: 10
        case .datamatrix: 1
        case .qr: 4
        }
    }

    var zintID: Int32 {
        switch self {
        case .code128: 20 // BARCODE_CODE128
        case .datamatrix: 71 // BARCODE_DATAMATRIX
        case .qr: 58 // BARCODE_QRCODE
        }
    }
}
