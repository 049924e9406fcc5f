import DisplayList
import Geometry
import Layout
import Localization
import Typesetting

/// A page for measuring a printer against label stock: every label outline, a centre cross with
/// millimetre ticks in each label, and rulers along the top edge (mm) and left edge (inches).
///
/// Printed on plain paper and held against a blank sheet, the shift between a printed cross and
/// the die-cut label's centre is the printer offset to print with.
public struct CalibrationSheet {
    /// The sheet or roll being calibrated.
    public let preset: Preset
    /// A correction already applied, to check it.
    public let correction: PrinterCorrection
    /// The language of the caption and ruler units.
    public let strings: Strings

    /// Creates a calibration page for a preset.
    public init(preset: Preset, correction: PrinterCorrection = .none, strings: Strings? = nil) throws {
        guard preset.kind == .sheet || preset.kind == .roll else {
            throw DocumentError.wrongPresetKind(preset: preset.name, kind: preset.kind, expected: [.sheet, .roll])
        }
        // The same rule as for tags: a correction that moves a label's text area off the media is a typo.
        try TagSheet.check(correction, on: preset)
        self.preset = preset; self.correction = correction
        self.strings = try strings ?? .bundled(.english)
    }

    /// The centre of label `index` on the page, before correction.
    public func centre(of index: Int) -> Point {
        let r = LabelGrid(preset: preset).rect(of: index)
        return Point(x: r.midX, y: r.midY)
    }

    /// The one page, as a stream.
    public func pages(typesetter: Typesetter) -> PageStream {
        var done = false
        return PageStream {
            guard !done else { return nil }
            done = true
            return try self.page(typesetter: typesetter)
        }
    }

    /// The calibration page.
    public func page(typesetter: Typesetter) throws -> Page {
        let grid = LabelGrid(preset: preset)
        var items: [Item] = []
        let ink = Stroke(color: .black, width: .pt(0.4))
        let fine = Stroke(color: .black, width: .pt(0.25))
        for index in 0..<grid.count {
            let origin = grid.origin(of: index)
            items.append(.shape(Shape(path: LabelOutline.path(preset, at: origin), stroke: ink)))
            if let band = preset.printable {
                items.append(.shape(Shape(path: .rect(band.offsetBy(dx: origin.x, dy: origin.y)), stroke: LabelOutline.bandStroke)))
            }
            items += cross(at: centre(of: index), stroke: fine)
        }
        let page = Rect(origin: .zero, size: preset.media)
        // Rulers need room; on a small roll label they would cover the crosses.
        let roomy = preset.media.width >= .mm(60) && preset.media.height >= .mm(60)
        items += try ruler(along: page, metric: true, stroke: fine, numbered: roomy, typesetter: typesetter)
        items += try ruler(along: page, metric: false, stroke: fine, numbered: roomy, typesetter: typesetter)
        if roomy, let caption = try caption(typesetter: typesetter) { items += caption }
        if !correction.isIdentity { items = [.group(Group(transform: correction.transform, items: items))] }
        return Page(size: preset.media, items: items)
    }

    /// A cross through a label's centre, arms ticked every millimetre so a shift reads off directly.
    private func cross(at c: Point, stroke: Stroke) -> [Item] {
        let label = preset.label
        let armX = min(Length.mm(5), label.width * 0.4), armY = min(Length.mm(5), label.height * 0.4)
        var items: [Item] = [
            .shape(.line(from: c.offsetBy(dx: -armX), to: c.offsetBy(dx: armX), stroke: stroke)),
            .shape(.line(from: c.offsetBy(dy: -armY), to: c.offsetBy(dy: armY), stroke: stroke)),
        ]
        let tick = Length.mm(0.5)
        for k in 1...5 {
            let d = Length.mm(Double(k))
            if d <= armX {
                for s in [-1.0, 1.0] { items.append(.shape(.line(from: c.offsetBy(dx: d * s, dy: -tick), to: c.offsetBy(dx: d * s, dy: tick), stroke: stroke))) }
            }
            if d <= armY {
                for s in [-1.0, 1.0] { items.append(.shape(.line(from: c.offsetBy(dx: -tick, dy: d * s), to: c.offsetBy(dx: tick, dy: d * s), stroke: stroke))) }
            }
        }
        return items
    }

    /// Ticks measured from the page's top-left corner: millimetres along the top edge, inches down the left.
    private func ruler(along page: Rect, metric: Bool, stroke: Stroke, numbered: Bool, typesetter: Typesetter) throws -> [Item] {
        var items: [Item] = []
        let extent = metric ? page.width : page.height
        let step = metric ? Length.mm(1) : Length.inch(1.0 / 16)
        let count = Int((extent / step).rounded(.down))
        let fitter = TextFitter(typesetter: typesetter)
        for k in 1...max(count, 1) {
            let at = step * Double(k)
            let length: Length
            if metric { length = k % 10 == 0 ? .mm(6) : k % 5 == 0 ? .mm(4.5) : .mm(3) }
            else { length = k % 16 == 0 ? .mm(6) : k % 8 == 0 ? .mm(5) : k % 4 == 0 ? .mm(4) : k % 2 == 0 ? .mm(3.2) : .mm(2.5) }
            let scaled = numbered ? length : length / 2
            if metric {
                items.append(.shape(.line(from: Point(x: at, y: .zero), to: Point(x: at, y: scaled), stroke: stroke)))
            } else {
                items.append(.shape(.line(from: Point(x: .zero, y: at), to: Point(x: scaled, y: at), stroke: stroke)))
            }
            guard numbered, metric ? k % 10 == 0 : k % 16 == 0 else { continue }
            let text = metric ? strings.number(k / 10) : try strings.text(.calibrationInches, ["count": .number(k / 16)])
            let shaped = try typesetter.shape(text, font: .body)
            let size = Length.pt(6)
            let box = metric ? Rect(x: at - .mm(5), y: .mm(6.3), width: .mm(10), height: .mm(3))
                             : Rect(x: .mm(6.3), y: at - .mm(1.5), width: .mm(10), height: .mm(3))
            // A number centred on the last tick (21 cm on A4's 210 mm edge) would run off the page.
            let needed = metric ? Rect(x: at - shaped.width(at: size) / 2 - .mm(0.5), y: box.minY, width: shaped.width(at: size) + .mm(1), height: box.height) : box
            guard page.contains(needed) else { continue }
            items += fitter.place(shaped, size: size, in: box, horizontal: metric ? .center : .leading).items
        }
        if numbered {
            let shaped = try typesetter.shape(try strings.text(.calibrationCentimetres), font: .body)
            items += fitter.place(shaped, size: .pt(6), in: Rect(x: .mm(1), y: .mm(6.3), width: .mm(8), height: .mm(3))).items
        }
        return items
    }

    /// Instructions in the widest free margin, when there is one.
    private func caption(typesetter: Typesetter) throws -> [Item]? {
        let grid = LabelGrid(preset: preset)
        let last = grid.rect(of: grid.count - 1)
        let below = preset.media.height - last.maxY
        guard below >= .mm(5) else { return nil }
        let box = Rect(x: .mm(12), y: last.maxY + .mm(1), width: preset.media.width - .mm(24), height: min(below - .mm(5), .mm(5)))
        let text = try strings.text(.calibrationCaption, ["preset": .text(preset.name)])
        let fitted = try TextFitter(typesetter: typesetter).fit(text, font: .body, in: box, maximum: .pt(8), minimum: .pt(4),
                                                                 horizontal: .center, context: "calibration caption for \(preset.name)")
        return fitted.items
    }
}

extension CalibrationSheet: Document {
    public static let kind = "calibrate"
    public var title: String { "Calibration page for \(preset.name)" }
}
