import Foundation
import Geometry
import YAMLSupport
import Yams

/// Reads presets from YAML through the shared located reader, collecting every problem with its line.
struct PresetReader {
    let fileName: String

    /// Bounds on preset numbers: generous for real media, small enough that no conversion or layout
    /// search can trap or run away (a 117,000 in page once aborted inside Cairo).
    enum Limits {
        /// The largest page, label or card side.
        static let side = Length.pt(0.01) ... Length.inch(100)
        /// Offsets and margins: zero up to the largest side.
        static let offset = Length.zero ... Length.inch(100)
        /// Labels across or down one sheet.
        static let gridCount = 1...100
        /// Labels on one sheet.
        static let labelsPerSheet = 1000
        /// Printer resolution in dots per inch.
        static let dpi = 72.0...4800.0
        /// The smallest text a preset may allow: below 4 pt no print process keeps a label legible, above 72 pt nothing would fit.
        static let minimumTextSize = Length.pt(4) ... Length.pt(72)
    }

    private static let keys = ["name", "kind", "description", "media", "label", "grid", "safe-margin", "printable",
                               "direction", "dpi", "continuous", "minimum-text-size", "monochrome", "printer", "source", "verified"]

    func read(bytes: [UInt8]) throws(LayoutError) -> [Preset] {
        let reader = YAMLReader(fileName: fileName)
        var result: [Preset] = []
        if let root = reader.parse(bytes), let top = reader.mapping(root) {
            reader.checkKeys(top, allowed: ["presets"])
            var seen: [String: Int] = [:]
            for (index, node) in (reader.list(top, "presets")?.value ?? []).enumerated() {
                guard let preset = readPreset(node, number: index + 1, reader: reader) else { continue }
                let line = node.mark?.line ?? 0
                if let first = seen[preset.name] {
                    reader.report("defined twice in this file, first on line \(first)", line: line,
                                  context: YAMLContext().appending("preset", preset.name), field: "name")
                } else {
                    seen[preset.name] = line
                }
                result.append(preset)
            }
        }
        guard !reader.hasProblems else { throw LayoutError.invalidPresets(reader.sortedProblems) }
        return result
    }

    private func readPreset(_ node: Node, number: Int, reader: YAMLReader) -> Preset? {
        let line = node.mark?.line ?? 0
        guard let map = reader.mapping(node, field: "presets") else { return nil }
        let nameText = map["name"]?.scalar.map(\.string).flatMap { $0.isEmpty ? nil : $0 }
        let context = YAMLContext().appending("preset", nameText ?? "#\(number)")
        let before = reader.problems.count
        reader.checkKeys(map, allowed: Self.keys, context: context)
        let name = reader.text(map, "name", context: context)
        guard let kind = reader.choice(map, "kind", as: Preset.Kind.self, context: context)?.value else { return nil }

        let media = size(map, "media", allowExtra: [], reader: reader, context: context)
        var label = media
        var shape = Preset.Shape.rectangle
        var radius = Length.zero
        if kind != .page {
            label = size(map, "label", allowExtra: ["shape", "radius"], reader: reader, context: context)
            if let labelMap = map["label"]?.mapping {
                shape = reader.choice(labelMap, "shape", as: Preset.Shape.self, required: false, context: context,
                                      prefix: "label")?.value ?? .rectangle
                radius = reader.length(labelMap, "radius", in: Limits.offset, required: false, context: context,
                                       prefix: "label")?.value ?? .zero
            }
        }
        var grid: Preset.Grid?
        if kind == .sheet {
            if let g = reader.submapping(map, "grid", context: context)?.value {
                reader.checkKeys(g, allowed: ["columns", "rows", "x0", "y0", "dx", "dy"], context: context, prefix: "grid")
                let columns = reader.integer(g, "columns", in: Limits.gridCount, context: context, prefix: "grid")
                let rows = reader.integer(g, "rows", in: Limits.gridCount, context: context, prefix: "grid")
                let x0 = reader.length(g, "x0", in: Limits.offset, context: context, prefix: "grid")
                let y0 = reader.length(g, "y0", in: Limits.offset, context: context, prefix: "grid")
                let dx = reader.length(g, "dx", in: Limits.side, context: context, prefix: "grid")
                let dy = reader.length(g, "dy", in: Limits.side, context: context, prefix: "grid")
                if let columns, let rows, columns.value * rows.value > Limits.labelsPerSheet {
                    reader.report("\(columns.value) x \(rows.value) labels; the limit is \(Limits.labelsPerSheet) per sheet",
                                  line: columns.line, context: context, field: "grid")
                } else if let columns, let rows, let x0, let y0, let dx, let dy {
                    grid = Preset.Grid(columns: columns.value, rows: rows.value, x0: x0.value, y0: y0.value,
                                       dx: dx.value, dy: dy.value)
                }
            }
        } else if map["grid"] != nil {
            reader.report("only a sheet has a grid", line: map["grid"]?.mark?.line, context: context, field: "grid")
        }
        let safe = reader.length(map, "safe-margin", in: Limits.offset, required: false, context: context)?.value ?? .zero
        var printable: Rect?
        if let p = reader.submapping(map, "printable", required: false, context: context)?.value {
            reader.checkKeys(p, allowed: ["x", "y", "width", "height"], context: context, prefix: "printable")
            let x = reader.length(p, "x", in: Limits.offset, required: false, context: context, prefix: "printable")
            let y = reader.length(p, "y", in: Limits.offset, required: false, context: context, prefix: "printable")
            let w = reader.length(p, "width", in: Limits.side, context: context, prefix: "printable")
            let h = reader.length(p, "height", in: Limits.side, context: context, prefix: "printable")
            if let w, let h {
                printable = Rect(x: x?.value ?? .zero, y: y?.value ?? .zero, width: w.value, height: h.value)
            }
        }
        let direction = reader.choice(map, "direction", as: Preset.Direction.self, required: false,
                                      context: context)?.value ?? .along
        let dpi = reader.number(map, "dpi", in: Limits.dpi, required: false, context: context)?.value
        let continuous = reader.bool(map, "continuous", required: false, context: context)?.value ?? false
        let minimumTextSize = reader.length(map, "minimum-text-size", in: Limits.minimumTextSize, required: false,
                                            context: context)?.value ?? Preset.defaultMinimumTextSize
        let monochrome = reader.bool(map, "monochrome", required: false, context: context)?.value ?? false
        let printer = readPrinter(map, reader: reader, context: context)
        let verified = reader.bool(map, "verified", context: context)
        let source = reader.text(map, "source", context: context)
        let description = reader.text(map, "description", required: false, allowEmpty: true, context: context)
        guard reader.problems.count == before, let name, let media, let label, let verified, let source else { return nil }

        var preset = Preset(name: name.value, kind: kind, description: description?.value ?? "", media: media,
                            label: label, shape: shape, cornerRadius: radius, grid: grid, safeMargin: safe,
                            printable: printable, direction: direction, dpi: dpi, continuous: continuous,
                            minimumTextSize: minimumTextSize, source: source.value, verified: verified.value,
                            origin: "\(fileName):\(line)")
        preset.monochrome = monochrome
        preset.printer = printer
        checkGeometry(preset) { field, message in reader.report(message, line: line, context: context, field: field) }
        return preset
    }

    /// `printer: {language: ptouch, models: [PT-P900W, ...], pins: 560}`: the label printer the media is for.
    private func readPrinter(_ map: Node.Mapping, reader: YAMLReader, context: YAMLContext) -> PresetPrinter? {
        guard map["printer"] != nil, let sub = reader.submapping(map, "printer", context: context)?.value else { return nil }
        reader.checkKeys(sub, allowed: ["language", "models", "pins"], context: context, prefix: "printer")
        let language = reader.choice(sub, "language", as: PresetPrinter.Language.self, context: context, prefix: "printer")?.value
        let models = reader.list(sub, "models", context: context, prefix: "printer")?.value.compactMap { $0.scalar?.string } ?? []
        let pins = reader.number(sub, "pins", in: 8...4096, required: false, context: context, prefix: "printer")?.value
        if models.isEmpty { reader.report("names no model: list the printers the media is for", line: sub["models"]?.mark?.line ?? 0, context: context, field: "printer.models") }
        guard let language, !models.isEmpty else { return nil }
        return PresetPrinter(language: language, models: models, pins: pins.map { Int($0) })
    }

    /// A `{width, height}` mapping; `allowExtra` names the other keys it may hold (a label's shape and radius).
    private func size(_ map: Node.Mapping, _ key: String, allowExtra: [String], reader: YAMLReader,
                      context: YAMLContext) -> Size? {
        guard let sub = reader.submapping(map, key, context: context)?.value else { return nil }
        reader.checkKeys(sub, allowed: ["width", "height"] + allowExtra, context: context, prefix: key)
        let w = reader.length(sub, "width", in: Limits.side, context: context, prefix: key)
        let h = reader.length(sub, "height", in: Limits.side, context: context, prefix: key)
        guard let w, let h else { return nil }
        return Size(width: w.value, height: h.value)
    }

    /// Geometry that cannot be printed: labels off the page, overlapping labels, a band outside its label,
    /// a corner radius larger than half the label.
    private func checkGeometry(_ preset: Preset, fail: (String, String) -> Void) {
        let grid = LabelGrid(preset: preset)
        let page = Rect(origin: .zero, size: preset.media)
        if preset.kind == .sheet {
            let last = grid.rect(of: grid.count - 1)
            if !page.contains(grid.rect(of: 0)) || !page.contains(last) {
                fail("grid", "labels run off the \(preset.media) page (last label ends at \(last.maxX), \(last.maxY))")
            }
            let g = preset.grid
            if g.columns > 1 && g.dx < preset.label.width - .pt(0.01) || g.rows > 1 && g.dy < preset.label.height - .pt(0.01) {
                fail("grid", "pitch (\(g.dx), \(g.dy)) is smaller than the label (\(preset.label)): labels would overlap")
            }
        } else if preset.kind != .page, !page.contains(Rect(origin: .zero, size: preset.label)) {
            fail("label", "the label (\(preset.label)) is larger than its media (\(preset.media))")
        }
        let half = min(preset.label.width, preset.label.height) / 2
        if preset.cornerRadius > half + .pt(0.001) {
            fail("label.radius", "the corner radius \(preset.cornerRadius) is more than half the label (\(half))")
        }
        if let band = preset.printable, !Rect(origin: .zero, size: preset.label).contains(band) {
            fail("printable", "the printable band \(band) lies outside the \(preset.label) label")
        }
        let safe = preset.safeArea
        if safe.width.points <= 0 || safe.height.points <= 0 {
            fail("safe-margin", "leaves no room for text (\(preset.safeMargin) on a \(preset.printable?.size ?? preset.label) area)")
        }
    }
}
