import DisplayList
import Geometry
import LeadCatalog

/// Draws a wire colour as a swatch: solid, or a base with a tracer stripe along it, outlined where it would vanish on the paper.
public enum WireSwatch {
    /// The contrast below which a swatch gets an outline against its background (WCAG 2 non-text contrast).
    public static let outlineThreshold = 3.0

    /// Whether a colour needs an outline to stand out from the background.
    public static func needsOutline(_ color: WireColor, on background: RGBColor) -> Bool {
        color.base.contrastRatio(with: background) < outlineThreshold
            && (color.tracer.map { $0.contrastRatio(with: background) < outlineThreshold } ?? true)
    }

    /// The items that draw a swatch in `rect`.
    public static func items(_ color: WireColor, in rect: Rect, on background: RGBColor = .white, cornerRadius: Length = .zero, outlineWidth: Length = .pt(0.5)) -> [Item] {
        let outline = cornerRadius.points > 0 ? Path.roundedRect(rect, radius: cornerRadius) : Path.rect(rect)
        var items: [Item] = [.shape(Shape(path: outline, fill: color.base))]
        if let tracer = color.tracer {
            // A tracer runs along the wire: three diagonal bands, as it reads on a twisted wire, clipped to the swatch.
            var bands: [Item] = []
            let w = rect.height * 0.35
            let count = max(2, Int((rect.width / rect.height).rounded(.up)) + 1)
            let pitch = (rect.width + rect.height) / Double(count)
            for i in 0..<count {
                let x = rect.minX + pitch * Double(i) - rect.height + pitch / 2
                bands.append(.shape(Shape(path: Path([
                    .move(Point(x: x, y: rect.maxY)), .line(Point(x: x + w, y: rect.maxY)),
                    .line(Point(x: x + w + rect.height, y: rect.minY)), .line(Point(x: x + rect.height, y: rect.minY)), .close,
                ]), fill: tracer)))
            }
            items.append(.group(Group(clip: outline, items: bands)))
        }
        if needsOutline(color, on: background) {
            // A darker edge of the swatch's own colour would vanish too; a neutral grey reads on any paper.
            items.append(.shape(Shape(path: outline, stroke: Stroke(color: RGBColor(red: 64, green: 64, blue: 64), width: outlineWidth))))
        }
        return items
    }
}
