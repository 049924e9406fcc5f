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
    ///
    /// zbar finds few QR codes on a page holding dozens (their finder patterns are grouped across symbols), so QR codes
    /// are read region by region: `regions` (pixel rectangles, such as the labels) when given, else overlapping tiles
    /// about twice `symbolSize` (pixels) across, so that every symbol lies whole in one of them.
    public func decode(_ image: GrayImage, expected: Int? = nil, regions: [Region]? = nil, symbolSize: Double? = nil) throws -> [FoundSymbol] {
        switch symbology {
        case "code128": return try LinearScanner().decode(image)
        case "qr":
            let scanner = MatrixScanner()
            guard let areas = regions ?? symbolSize.map({ Self.tiles(image, size: $0 * 2.2) }) else { return try scanner.decode(image) }
            var found: [FoundSymbol] = []
            for wanted in areas {
                // Clipped to the image first, so the shift back is the crop's own corner.
                let area = Region(x0: max(0, wanted.x0), y0: max(0, wanted.y0), x1: min(image.width, wanted.x1), y1: min(image.height, wanted.y1))
                guard let crop = image.crop(area) else { continue }
                for var symbol in try scanner.decode(crop) {
                    let shift = Vec2(Double(area.x0), Double(area.y0))
                    symbol.center = symbol.center + shift
                    symbol.corners = symbol.corners.map { $0 + shift }
                    // Tiles overlap: a symbol read in two is one.
                    if !found.contains(where: { $0.payload == symbol.payload && $0.center.distance(to: symbol.center) < symbol.width / 2 }) { found.append(symbol) }
                }
            }
            return found
        default: return try DataMatrixScanner(expected: expected).decode(image)
        }
    }

    /// A rectangle of pixels, corners inclusive-exclusive.
    public struct Region: Sendable { public var x0: Int, y0: Int, x1: Int, y1: Int
        public init(x0: Int, y0: Int, x1: Int, y1: Int) { self.x0 = x0; self.y0 = y0; self.x1 = x1; self.y1 = y1 }
    }

    /// Tiles `size` across, each overlapping the next by half.
    static func tiles(_ image: GrayImage, size: Double) -> [Region] {
        let side = max(32, Int(size)), step = max(16, side / 2)
        var out: [Region] = []
        for y in stride(from: 0, to: max(1, image.height - step), by: step) {
            for x in stride(from: 0, to: max(1, image.width - step), by: step) {
                out.append(Region(x0: x, y0: y, x1: min(image.width, x + side), y1: min(image.height, y + side)))
            }
        }
        return out
    }
}
