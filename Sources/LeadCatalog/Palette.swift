import Foundation
import Geometry
import Yams
import YAMLSupport

/// The named wire colours a catalog may use, with their IEC 60757 codes and print RGBs.
public struct Palette: Hashable, Sendable {
    /// One named colour of the palette.
    public struct Entry: Hashable, Sendable {
        /// How the entry gets its colour.
        public enum Shade: Hashable, Sendable {
            /// A solid colour with its own print RGB.
            case solid(RGBColor)
            /// A two-colour wire made of two solid entries, named canonically.
            case twoColor(base: String, tracer: String)
        }

        /// Canonical name, e.g. "Violet".
        public var name: String
        /// IEC 60757 code, e.g. "VT".
        public var code: String
        /// Other names that resolve to this entry, e.g. "Purple".
        public var aliases: [String]
        /// The entry's colour.
        public var shade: Shade
    }

    /// The entries in file order.
    public private(set) var entries: [Entry]
    // Lower-cased names and aliases to entry indices; built once so lookups stay cheap per lead.
    private var index: [String: Int]

    /// Builds the lookup index; the loader has already rejected duplicate names and dangling references.
    init(entries: [Entry]) {
        self.entries = entries
        var index: [String: Int] = [:]
        for (offset, entry) in entries.enumerated() {
            for name in [entry.name] + entry.aliases { index[Self.key(name)] = index[Self.key(name)] ?? offset }
        }
        self.index = index
    }

    static func key(_ name: String) -> String {
        name.trimmingWhitespace().lowercased()
    }

    /// Resolves a colour name: case-insensitive, through aliases, and `Base/Tracer` for two solid colours
    /// (e.g. "green/yellow" is Green with a Yellow tracer, code GNYE); nil when any part is unknown.
    public func resolve(_ name: String) -> WireColor? {
        if let offset = index[Self.key(name)] { return color(of: entries[offset]) }
        let parts = name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, let base = solid(parts[0]), let tracer = solid(parts[1]),
              base.name != tracer.name else { return nil }
        return WireColor(name: "\(base.name)/\(tracer.name)", base: base, tracer: tracer)
    }

    /// The palette with one solid colour printed in a different RGB; nil unless `name` is a solid colour here.
    public func overriding(_ name: String, rgb: RGBColor) -> Palette? {
        guard let offset = index[Self.key(name)], case .solid = entries[offset].shade else { return nil }
        var copy = self
        copy.entries[offset].shade = .solid(rgb)
        return copy
    }

    private func solid(_ name: String) -> WireColor? {
        guard let offset = index[Self.key(name)] else { return nil }
        let entry = entries[offset]
        guard case .solid(let rgb) = entry.shade else { return nil }
        return WireColor(name: entry.name, code: entry.code, rgb: rgb)
    }

    private func color(of entry: Entry) -> WireColor? {
        switch entry.shade {
        case .solid(let rgb):
            return WireColor(name: entry.name, code: entry.code, rgb: rgb)
        case .twoColor(let baseName, let tracerName):
            guard let base = solid(baseName), let tracer = solid(tracerName) else { return nil }
            var color = WireColor(name: entry.name, base: base, tracer: tracer)
            color.code = entry.code
            return color
        }
    }

    /// Loads a palette file.
    public static func load(from url: URL) throws(CatalogError) -> Palette {
        try load(bytes: SourceText.read(url), fileName: url.lastPathComponent)
    }

    /// Loads a palette from YAML text; `fileName` names the source in problems.
    public static func load(yaml: String, fileName: String) throws(CatalogError) -> Palette {
        try load(bytes: Array(yaml.utf8), fileName: fileName)
    }

    /// Loads a palette from bytes, reporting bytes that are not UTF-8 by line.
    public static func load(bytes: [UInt8], fileName: String) throws(CatalogError) -> Palette {
        let reader = YAMLReader(fileName: fileName)
        var entries: [Located<Entry>] = []
        if let root = reader.parse(bytes), let top = reader.mapping(root, context: .file, field: nil) {
            reader.checkKeys(top, allowed: ["colors"], context: .file)
            for node in reader.list(top, "colors", context: .file)?.value ?? [] {
                if let entry = readEntry(node, reader: reader) { entries.append(entry) }
            }
            if entries.isEmpty && !reader.hasProblems {
                reader.report("a palette needs at least one colour", line: top["colors"]?.mark?.line, context: .file,
                              field: "colors")
            }
            checkNames(entries, reader: reader)
            checkTwoColors(entries, reader: reader)
        }
        guard reader.problems.isEmpty else { throw CatalogError.invalid(reader.sortedProblems) }
        return Palette(entries: entries.map(\.value))
    }

    private static func readEntry(_ node: Node, reader: YAMLReader) -> Located<Entry>? {
        guard let map = reader.mapping(node, context: .file, field: "colors") else { return nil }
        reader.checkKeys(map, allowed: ["name", "code", "rgb", "base", "tracer", "aliases"], context: .file)
        let line = node.mark?.line ?? 0
        let name = reader.text(map, "name", context: .file)
        let code = reader.text(map, "code", context: .file)
        let aliases = reader.texts(map, "aliases", context: .file)
        let hasRGB = map["rgb"] != nil, hasBase = map["base"] != nil || map["tracer"] != nil
        var shade: Entry.Shade?
        if hasRGB == hasBase {
            reader.report("give either rgb (a solid colour) or base and tracer (a two-colour wire)",
                          line: line, context: .file, field: name.map { "colors.\($0.value)" } ?? "colors")
        } else if hasRGB, let hex = reader.text(map, "rgb", context: .file) {
            if let rgb = RGBColor(hex: hex.value) {
                shade = .solid(rgb)
            } else {
                reader.report("expected \"#RRGGBB\"", line: hex.line, context: .file, field: "rgb", value: .text(hex.value))
            }
        } else if hasBase, let base = reader.text(map, "base", context: .file),
                  let tracer = reader.text(map, "tracer", context: .file) {
            shade = .twoColor(base: base.value, tracer: tracer.value)
        }
        guard let name, let code, let shade else { return nil }
        for text in [name] + aliases where text.value.contains("/") {
            // "/" is how catalogs write Base/Tracer, so a name containing it could never be looked up.
            reader.report("a colour name must not contain '/'", line: text.line, context: .file, field: "name",
                          value: .text(text.value))
        }
        return Located(value: Entry(name: name.value, code: code.value, aliases: aliases.map(\.value), shade: shade),
                       line: line)
    }

    private static func checkNames(_ entries: [Located<Entry>], reader: YAMLReader) {
        var owners: [String: String] = [:]
        var codes: [String: String] = [:]
        for entry in entries {
            if let owner = codes[entry.value.code.uppercased()] {
                // Two colours with one code would print the same letters on tags for different wires.
                reader.report("code already used by \(owner)", line: entry.line, context: .file,
                              field: "colors.\(entry.value.name)", value: .text(entry.value.code))
            } else {
                codes[entry.value.code.uppercased()] = entry.value.name
            }
            for name in [entry.value.name] + entry.value.aliases {
                if let owner = owners[key(name)] {
                    reader.report("name already used by \(owner)", line: entry.line, context: .file,
                                  field: "colors.\(entry.value.name)", value: .text(name))
                } else {
                    owners[key(name)] = entry.value.name
                }
            }
        }
    }

    private static func checkTwoColors(_ entries: [Located<Entry>], reader: YAMLReader) {
        let palette = Palette(entries: entries.map(\.value))
        for entry in entries {
            guard case .twoColor(let base, let tracer) = entry.value.shade else { continue }
            let field = "colors.\(entry.value.name)"
            var codes: [String] = []
            for (role, name) in [("base", base), ("tracer", tracer)] {
                if let color = palette.solid(name) {
                    codes.append(color.code)
                } else {
                    reader.report("\(role) must name a solid colour of this palette", line: entry.line,
                                  context: .file, field: field, value: .text(name))
                }
            }
            if codes.count == 2, codes.joined() != entry.value.code {
                reader.report("code must be the base code followed by the tracer code, \(codes.joined())",
                              line: entry.line, context: .file, field: field, value: .text(entry.value.code))
            }
        }
    }
}
