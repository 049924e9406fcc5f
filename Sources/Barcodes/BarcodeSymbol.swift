import DisplayList
import Geometry

/// An encoded symbol as dark rectangles in module units, quiet zones excluded; placed at any module size.
public struct BarcodeSymbol: Hashable, Sendable {
    /// One dark area, in modules from the symbol's top-left corner.
    public struct Module: Hashable, Sendable {
        public var x: Double, y: Double, width: Double, height: Double
    }

    /// The symbology.
    public var symbology: Symbology
    /// The data encoded.
    public var payload: String
    /// Width in modules, without quiet zones.
    public var widthModules: Double
    /// Height in modules, without quiet zones (for linear codes, the bar height libzint chose, rescaled when placed).
    public var heightModules: Double
    /// The dark rectangles.
    public var modules: [Module]
    /// The text printed under a linear code, as the symbology defines it.
    public var humanReadable: String?

    /// Width including quiet zones, in modules.
    public var totalWidthModules: Double { widthModules + 2 * symbology.quietZoneModules }
    /// Height including quiet zones, in modules (linear codes have no vertical quiet zone).
    public var totalHeightModules: Double { heightModules + (symbology.isLinear ? 0 : 2 * symbology.quietZoneModules) }

    /// The largest module size at which the symbol and its quiet zones fit a box (for linear codes only width counts).
    public func moduleSize(toFit box: Size) -> Length {
        let byWidth = box.width / totalWidthModules
        return symbology.isLinear ? byWidth : min(byWidth, box.height / totalHeightModules)
    }

    /// The symbol as one filled shape whose quiet zone starts at `origin`, for the display list.
    ///
    /// - Parameter barHeight: the bar height of a linear code; ignored for 2D codes, whose modules are square.
    public func item(at origin: Point, module: Length, barHeight: Length? = nil, color: RGBColor = .black) -> Item {
        let quiet = module * symbology.quietZoneModules
        let x0 = origin.x + quiet
        let y0 = origin.y + (symbology.isLinear ? .zero : quiet)
        let yScale: Double = symbology.isLinear ? (barHeight ?? module * heightModules).points / heightModules : module.points
        var elements: [Path.Element] = []
        elements.reserveCapacity(modules.count * 5)
        for m in modules {
            let rect = Rect(x: x0 + module * m.x, y: y0 + .pt(m.y * yScale), width: module * m.width, height: .pt(m.height * yScale))
            elements += Path.rect(rect).elements
        }
        return .shape(Shape(path: Path(elements), fill: color))
    }
}
