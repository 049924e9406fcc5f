import DisplayList
import Geometry
import Layout

/// The cut line of a label, as a path, for proof outlines and calibration pages.
public enum LabelOutline {
    /// The outline of a preset's label whose top-left corner is at `origin`.
    public static func path(_ preset: Preset, at origin: Point) -> Path {
        let rect = preset.outline(at: origin)
        switch preset.shape {
        case .rectangle: return .rect(rect)
        case .rounded: return .roundedRect(rect, radius: preset.cornerRadius)
        // A round label is as round as its box allows: a circle when square, else a stadium.
        case .round: return .roundedRect(rect, radius: min(rect.width, rect.height) / 2)
        case .ellipse: return ellipse(in: rect)
        }
    }

    /// An ellipse filling a box, as four cubic Béziers (the usual 0.5523 control-point ratio, within 0.03 % of the true curve).
    static func ellipse(in r: Rect) -> Path {
        let k = 0.5522847498
        let rx = r.width / 2, ry = r.height / 2, cx = r.midX, cy = r.midY
        func p(_ x: Length, _ y: Length) -> Point { Point(x: x, y: y) }
        return Path([
            .move(p(cx + rx, cy)),
            .curve(p(cx + rx, cy + ry * k), p(cx + rx * k, cy + ry), p(cx, cy + ry)),
            .curve(p(cx - rx * k, cy + ry), p(cx - rx, cy + ry * k), p(cx - rx, cy)),
            .curve(p(cx - rx, cy - ry * k), p(cx - rx * k, cy - ry), p(cx, cy - ry)),
            .curve(p(cx + rx * k, cy - ry), p(cx + rx, cy - ry * k), p(cx + rx, cy)),
            .close,
        ])
    }

    /// The grey line proofs draw the cut with: visible on paper, lighter than the content.
    public static let stroke = Stroke(color: RGBColor(red: 128, green: 128, blue: 128), width: .pt(0.3))

    /// The dashed line that marks a printable band inside a label.
    public static let bandStroke = Stroke(color: RGBColor(red: 160, green: 160, blue: 160), width: .pt(0.25), dash: [.pt(1.5), .pt(1.5)])
}
