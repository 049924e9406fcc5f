/// An indicative check of one decoded code: module size, quiet zone and contrast measured in the scan. Not an ISO/IEC
/// 15415/15416 grade: no reflectance calibration, aperture or modulation; it flags what is clearly too small or too faint.
public struct SymbolQuality: Sendable, Codable, Equatable {
    /// The payload read.
    public var payload: String
    /// The sheet and label (from 1) the code is on, 0 when on none.
    public var sheet: Int, label: Int
    /// The measured module (narrowest bar or cell), in millimetres.
    public var moduleMM: Double
    /// Symbol contrast: the spread between dark and light pixels in the symbol, 0 to 1.
    public var contrast: Double
    /// The darkest share of pixels in the quiet zone around the symbol, 0 to 1 (0 is clean).
    public var quietZoneInk: Double
    /// Whether the module is under the job's minimum.
    public var moduleTooSmall: Bool
    /// Whether the contrast is under 0.4 (roughly where an ISO grade would fall below C).
    public var lowContrast: Bool
    /// Whether print reaches into the quiet zone.
    public var quietZoneViolated: Bool

    /// Whether any check failed.
    public var flagged: Bool { moduleTooSmall || lowContrast || quietZoneViolated }

    static let contrastMinimum = 0.4
    static let quietZoneInkMaximum = 0.02
    /// A measured module this much under the minimum still passes: measurement error, not a small print.
    static let moduleTolerance = 0.07

    /// Measures a symbol in a scan at `dpi`; `modules` is its width in modules and `quiet` its quiet zone, in modules.
    static func measure(_ symbol: FoundSymbol, in image: GrayImage, dpi: Double, modules: Double, quiet: Double, linear: Bool,
                        minimumModuleMM: Double, sheet: Int, label: Int) -> SymbolQuality {
        let module = symbol.width / modules
        let xs = symbol.corners.map(\.x), ys = symbol.corners.map(\.y)
        let (x0, x1, y0, y1) = (xs.min()!, xs.max()!, ys.min()!, ys.max()!)
        let inside = image.values(inX: x0...x1, y: y0...y1).sorted()
        let dark = inside.isEmpty ? 0 : Double(inside[inside.count / 20]), light = inside.isEmpty ? 255 : Double(inside[inside.count * 19 / 20])
        let contrast = (light - dark) / 255
        let threshold = UInt8((dark + light) / 2)
        // The band from half a module off the symbol (blur) to the full quiet zone, outward from each side in the symbol's
        // own slant: the two ends of a linear code (corners top-left, top-right, bottom-right, bottom-left), every side of a 2D code.
        let gap = module * 0.5, q = max(module * quiet, gap + 1)
        let n = symbol.corners.count
        let sides = linear && n == 4 ? [(1, 2), (3, 0)] : (0..<n).map { ($0, ($0 + 1) % n) }
        var ring: [UInt8] = []
        for (i, j) in sides {
            let a = symbol.corners[i], b = symbol.corners[j]
            let length = a.distance(to: b)
            guard length > 0 else { continue }
            let along = (b - a) * (1 / length)
            var normal = Vec2(along.y, -along.x)
            let mid = (a + b) * 0.5
            if (mid + normal - symbol.center).length < (mid - symbol.center).length { normal = normal * -1 }
            var t = 0.0
            while t <= length {
                var d = gap
                while d <= q {
                    let p = a + along * t + normal * d
                    ring.append(image[Int(p.x.rounded(.down)), Int(p.y.rounded(.down))])
                    d += 1
                }
                t += 1
            }
        }
        let ink = ring.isEmpty ? 0 : Double(ring.filter { $0 < threshold }.count) / Double(ring.count)
        let moduleMM = module * 25.4 / dpi
        return SymbolQuality(payload: symbol.payload, sheet: sheet, label: label, moduleMM: moduleMM, contrast: contrast, quietZoneInk: ink,
                             moduleTooSmall: moduleMM < minimumModuleMM * (1 - moduleTolerance), lowContrast: contrast < contrastMinimum,
                             quietZoneViolated: ink > quietZoneInkMaximum)
    }
}
