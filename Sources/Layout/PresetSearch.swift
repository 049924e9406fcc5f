import Foundation

/// Presets whose name or description (for gLabels templates: brand, part and description) contain a text.
public struct PresetSearch: Sendable {
    /// One preset found.
    public struct Match: Sendable {
        /// The preset.
        public var preset: Preset
        /// For a gLabels template, the preset file's preset of the same part, which a name without `glabels:` gets.
        public var shadowedBy: String?
    }

    /// The text searched for.
    public let text: String
    /// Matches from preset files (shipped and the user's), then from gLabels, each in definition order.
    public let matches: [Match]
    /// gLabels templates that match but cannot be printed on.
    public let unsupported: [UnsupportedTemplate]

    /// Searches a library; reads its gLabels database if it has one.
    public init(_ text: String, in library: PresetLibrary) {
        self.text = text
        let needle = text.lowercased(), key = PresetLibrary.partKey(text)
        func hit(_ fields: String...) -> Bool {
            fields.contains { $0.lowercased().contains(needle) || (!key.isEmpty && PresetLibrary.partKey($0).contains(key)) }
        }
        var matches = library.presets.filter { hit($0.name, $0.description) }.map { Match(preset: $0, shadowedBy: nil) }
        var unsupported: [UnsupportedTemplate] = []
        if let db = library.gLabels?.database {
            for preset in db.presets where hit(preset.name, preset.description) {
                matches.append(Match(preset: preset, shadowedBy: library.presetFile(samePartAs: preset)?.name))
            }
            unsupported = db.unsupported.filter { hit($0.name) }
        }
        self.matches = matches
        self.unsupported = unsupported
    }
}
