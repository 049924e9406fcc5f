import Foundation

extension PresetLibrary {
    /// A name with letters and digits only, lower-cased: `Avery 5160`, `avery-5160` and `AVERY5160` are the same part.
    static func partKey(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// The shipped (or user) preset that stands for the same part as a gLabels template, which wins over it.
    public func presetFile(samePartAs template: Preset) -> Preset? {
        guard template.provenance == .gLabels else { return nil }
        let key = Self.partKey(String(template.name.dropFirst(GLabelsTemplate.prefix.count)))
        return presets.first { $0.provenance == .presetFile && Self.partKey($0.name) == key }
    }

    /// A preset from the gLabels database: `glabels:Brand Part` by that name; any other name first as a preset file's
    /// preset of the same part (`Avery 5160` is `avery-5160`), then as `glabels:` + the name. Nil when there is no database.
    func gLabelsPreset(named name: String) throws -> Preset? {
        let explicit = name.lowercased().hasPrefix(GLabelsTemplate.prefix)
        if !explicit, let shipped = presets.first(where: { Self.partKey($0.name) == Self.partKey(name) }) { return shipped }
        guard let source = gLabels else { return nil }
        let db = source.database
        let full = explicit ? name : GLabelsTemplate.prefix + name
        if let preset = db.preset(named: full) { return preset }
        if let unsupported = db.unsupportedTemplate(named: full) { throw unsupported.error }
        return nil
    }
}
