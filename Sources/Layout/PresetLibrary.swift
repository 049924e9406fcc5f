import Foundation
import Geometry
import YAMLSupport
import Yams

/// Every preset the tool knows: the shipped files plus any the user adds, later files overriding earlier ones by name.
public struct PresetLibrary: Sendable {
    /// The presets, in the order they were first defined.
    public private(set) var presets: [Preset] = []
    /// gLabels' template database, read only when a name is not among the presets (or starts with `glabels:`), or for a search.
    public var gLabels: GLabelsSource?

    /// Creates an empty library.
    public init() {}

    /// Loads every `.yaml` file of a folder, in file-name order.
    public static func load(folder: URL) throws -> PresetLibrary {
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" || $0.pathExtension == "yml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        var library = PresetLibrary()
        for file in files { try library.add(contentsOf: file) }
        return library
    }

    /// Adds (or, by name, replaces) the presets of one file; every problem in it is reported at once.
    public mutating func add(contentsOf file: URL) throws {
        let bytes: [UInt8]
        do { bytes = try YAMLReader.contents(of: file) } catch {
            throw LayoutError.unreadablePresets(file: file.path, reason: error.message)
        }
        try add(bytes: bytes, fileName: file.lastPathComponent)
    }

    /// Adds (or replaces) the presets written in a YAML string.
    public mutating func add(yaml: String, fileName: String) throws {
        try add(bytes: Array(yaml.utf8), fileName: fileName)
    }

    /// Adds (or replaces) the presets of a file's bytes; bytes that are not UTF-8 are reported by line.
    public mutating func add(bytes: [UInt8], fileName: String) throws {
        let loaded = try PresetReader(fileName: fileName).read(bytes: bytes)
        for preset in loaded {
            if let index = presets.firstIndex(where: { $0.name == preset.name }) {
                presets[index] = preset
            } else {
                presets.append(preset)
            }
        }
    }

    /// The preset with a name, of one of the given kinds.
    public func preset(named name: String, kinds: Set<Preset.Kind>) throws -> Preset {
        if let preset = presets.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame && kinds.contains($0.kind) }) {
            return preset
        }
        if let found = try gLabelsPreset(named: name), kinds.contains(found.kind) { return found }
        let kindName = kinds.map(\.rawValue).sorted().joined(separator: "/")
        throw LayoutError.unknownPreset(name: name, kind: kindName, known: presets.filter { kinds.contains($0.kind) }.map(\.name))
    }

    /// The presets of the given kinds, in definition order.
    public func presets(ofKinds kinds: Set<Preset.Kind>) -> [Preset] {
        presets.filter { kinds.contains($0.kind) }
    }
}
