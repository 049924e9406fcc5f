import Foundation
import Geometry
import Yams

/// Reads presets from YAML, collecting every problem with its line.
struct PresetReader {
    let fileName: String

    private final class Problems {
        var messages: [String] = []
    }

    func read(_ yaml: String) throws -> [Preset] {
        let root: Node?
        // Fields are converted here, not by implicit YAML types: the basic resolver spares a regular expression per scalar and key lookup.
        do { root = try Yams.compose(yaml: yaml, .basic) } catch let error as YamlError {
            throw LayoutError.invalidPresets(["\(fileName):\(Self.line(of: error)): YAML syntax: \(Self.summary(of: error))"])
        }
        guard let root, let list = root.mapping?["presets"]?.sequence else {
            throw LayoutError.invalidPresets(["\(fileName):1: presets: expected a list under 'presets:'"])
        }
        let problems = Problems()
        var result: [Preset] = []
        var seen: [String: Int] = [:]
        for node in list {
            let line = node.mark?.line ?? 0
            if let preset = readPreset(node, problems: problems) {
                if let first = seen[preset.name] {
                    problems.messages.append("\(fileName):\(line): preset \(preset.name), name: defined twice in this file (first at line \(first))")
                }
                seen[preset.name] = line
                result.append(preset)
            }
        }
        guard problems.messages.isEmpty else { throw LayoutError.invalidPresets(problems.messages) }
        return result
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: 1
        }
    }

    private static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        default: "\(error)"
        }
    }

    private func readPreset(_ node: Node, problems: Problems) -> Preset? {
        let line = node.mark?.line ?? 0
        guard let map = node.mapping else {
            problems.messages.append("\(fileName):\(line): presets: each preset must be a mapping")
            return nil
        }
        let name = map["name"]?.scalar?.string ?? ""
        let here = name.isEmpty ? "preset #?" : "preset \(name)"
        func fail(_ field: String, _ at: Node?, _ message: String) {
            problems.messages.append("\(fileName):\(at?.mark?.line ?? line): \(here), \(field): \(message)")
        }
        if name.isEmpty { fail("name", map["name"], "missing") }
        let knownKeys: Set<String> = ["name", "kind", "description", "media", "label", "grid", "safe-margin", "printable", "direction", "dpi", "continuous", "minimum-text-size", "monochrome", "source", "verified"]
        for (key, _) in map {
            if let k = key.scalar?.string, !knownKeys.contains(k) { fail(k, key, "unknown field") }
        }
        func length(_ field: String, in m: Node.Mapping?, path: String, required: Bool = true, positive: Bool = true) -> Length? {
            guard let valueNode = m?[field] else {
                if required { fail(path, nil, "missing") }
                return nil
            }
            guard let text = valueNode.scalar?.string, let value = Length(parsing: text) else {
                fail(path, valueNode, "not a length with a unit, like 25.4mm, 1in or 72pt ('\(valueNode.scalar?.string ?? "?")')")
                return nil
            }
            if positive && value.points <= 0 || value.points < 0 {
                fail(path, valueNode, "must be \(positive ? "greater than zero" : "zero or more") ('\(text)')")
                return nil
            }
            return value
        }
        func integer(_ field: String, in m: Node.Mapping?, path: String) -> Int? {
            guard let valueNode = m?[field] else { fail(path, nil, "missing"); return nil }
            guard let value = valueNode.scalar.flatMap({ Int($0.string) }), value > 0 else {
                fail(path, valueNode, "must be a whole number greater than zero ('\(valueNode.scalar?.string ?? "?")')")
                return nil
            }
            return value
        }
        func size(_ field: String) -> Size? {
            guard let sub = map[field] else { fail(field, nil, "missing"); return nil }
            guard let m = sub.mapping else { fail(field, sub, "expected width and height"); return nil }
            let w = length("width", in: m, path: "\(field).width"), h = length("height", in: m, path: "\(field).height")
            guard let w, let h else { return nil }
            return Size(width: w, height: h)
        }
        func enumValue<E: RawRepresentable & CaseIterable>(_ field: String, in m: Node.Mapping?, path: String, default value: E) -> E? where E.RawValue == String {
            guard let valueNode = m?[field] else { return value }
            guard let text = valueNode.scalar?.string, let parsed = E(rawValue: text) else {
                fail(path, valueNode, "must be one of \(E.allCases.map(\.rawValue).joined(separator: ", ")) ('\(valueNode.scalar?.string ?? "?")')")
                return nil
            }
            return parsed
        }

        guard let kindNode = map["kind"] else { fail("kind", nil, "missing"); return nil }
        guard let kind = Preset.Kind(rawValue: kindNode.scalar?.string ?? "") else {
            fail("kind", kindNode, "must be one of \(Preset.Kind.allCases.map(\.rawValue).joined(separator: ", ")) ('\(kindNode.scalar?.string ?? "?")')")
            return nil
        }
        let before = problems.messages.count
        let media = size("media")
        var label = media
        var shape = Preset.Shape.rectangle
        var radius = Length.zero
        if kind != .page {
            label = size("label")
            let labelMap = map["label"]?.mapping
            shape = enumValue("shape", in: labelMap, path: "label.shape", default: Preset.Shape.rectangle) ?? .rectangle
            radius = length("radius", in: labelMap, path: "label.radius", required: false, positive: false) ?? .zero
        }
        var grid: Preset.Grid?
        if kind == .sheet {
            if let gridNode = map["grid"], let g = gridNode.mapping {
                let columns = integer("columns", in: g, path: "grid.columns"), rows = integer("rows", in: g, path: "grid.rows")
                let x0 = length("x0", in: g, path: "grid.x0", positive: false), y0 = length("y0", in: g, path: "grid.y0", positive: false)
                let dx = length("dx", in: g, path: "grid.dx"), dy = length("dy", in: g, path: "grid.dy")
                if let columns, let rows, let x0, let y0, let dx, let dy {
                    grid = Preset.Grid(columns: columns, rows: rows, x0: x0, y0: y0, dx: dx, dy: dy)
                }
            } else {
                fail("grid", map["grid"], "a sheet needs grid: {columns, rows, x0, y0, dx, dy}")
            }
        }
        let safe = length("safe-margin", in: map, path: "safe-margin", required: false, positive: false) ?? .zero
        var printable: Rect?
        if let p = map["printable"] {
            if let m = p.mapping {
                let x = length("x", in: m, path: "printable.x", required: false, positive: false) ?? .zero
                let y = length("y", in: m, path: "printable.y", required: false, positive: false) ?? .zero
                if let w = length("width", in: m, path: "printable.width"), let h = length("height", in: m, path: "printable.height") {
                    printable = Rect(x: x, y: y, width: w, height: h)
                }
            } else {
                fail("printable", p, "expected x, y, width and height")
            }
        }
        let direction = enumValue("direction", in: map, path: "direction", default: Preset.Direction.along) ?? .along
        var dpi: Double?
        if let d = map["dpi"] {
            if let value = d.scalar.flatMap({ Double($0.string) }), value >= 72 { dpi = value } else {
                fail("dpi", d, "must be a resolution of 72 or more ('\(d.scalar?.string ?? "?")')")
            }
        }
        let continuous = map["continuous"]?.scalar?.string == "true"
        let verified: Bool
        if let v = map["verified"] {
            switch v.scalar?.string {
            case "true": verified = true
            case "false": verified = false
            default: fail("verified", v, "must be true or false ('\(v.scalar?.string ?? "?")')"); verified = false
            }
        } else {
            fail("verified", nil, "missing: say whether the geometry was checked against real stock")
            verified = false
        }
        let source = map["source"]?.scalar?.string ?? ""
        if source.isEmpty { fail("source", map["source"], "missing: say where the numbers come from") }
        guard problems.messages.count == before, let media, let label else { return nil }

        var preset = Preset(name: name, kind: kind, description: map["description"]?.scalar?.string ?? "", media: media, label: label,
                            shape: shape, cornerRadius: radius, grid: grid, safeMargin: safe, printable: printable, direction: direction,
                            dpi: dpi, continuous: continuous,
                            minimumTextSize: length("minimum-text-size", in: map, path: "minimum-text-size", required: false) ?? Preset.defaultMinimumTextSize, source: source, verified: verified, origin: "\(fileName):\(line)")
        preset.monochrome = map["monochrome"]?.scalar?.string == "true"
        checkGeometry(preset, fail: { field, message in fail(field, nil, message) })
        return preset
    }

    /// Geometry that cannot be printed: labels off the page, overlapping labels, a band outside its label.
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
        if let band = preset.printable, !Rect(origin: .zero, size: preset.label).contains(band) {
            fail("printable", "the printable band \(band) lies outside the \(preset.label) label")
        }
        let safe = preset.safeArea
        if safe.width.points <= 0 || safe.height.points <= 0 {
            fail("safe-margin", "leaves no room for text (\(preset.safeMargin) on a \(preset.printable?.size ?? preset.label) area)")
        }
    }
}
