/// Finds every code of one symbology in an image with the library that reads it: zbar for Code 128 and QR, libdmtx for Data Matrix.
public struct SymbolDecoder: Sendable {
    /// The symbology's name as jobs give it (`code128`, `qr`, `datamatrix`).
    public let symbology: String

    /// Creates a decoder; fails for a symbology verify cannot read.
    public init(symbology: String) throws {
        guard ["code128", "qr", "datamatrix"].contains(symbology) else { throw VerifyError.decoder("no decoder for '\(symbology)'") }
        self.symbology = symbology
    }

    /// Every symbol decoded in the image; `expected` lets the slower Data Matrix search stop once all are found.
    public func decode(_ image: GrayImage, expected: Int? = nil) throws -> [FoundSymbol] {
        switch symbology {
        case "code128": try LinearScanner().decode(image)
        case "qr": try MatrixScanner().decode(image)
        default: try DataMatrixScanner(expected: expected).decode(image)
        }
    }
}
