import YAMLSupport

/// What can go wrong while loading presets and laying out pages.
public enum LayoutError: Error, CustomStringConvertible, Equatable {
    /// A preset file has problems, one located problem each (`file:line: preset NAME, field: problem (value)`).
    case invalidPresets([YAMLProblem])
    /// A preset file could not be read or parsed.
    case unreadablePresets(file: String, reason: String)
    /// No preset has the name asked for.
    case unknownPreset(name: String, kind: String, known: [String])
    /// A document does not fit the chosen preset.
    case doesNotFit(String)

    public var description: String {
        switch self {
        case .invalidPresets(let problems): problems.map(\.description).joined(separator: "\n")
        case .unreadablePresets(let file, let reason): "\(file): \(reason)"
        case .unknownPreset(let name, let kind, let known):
            "unknown \(kind) preset '\(name)' (known: \(known.joined(separator: ", ")))"
        case .doesNotFit(let message): message
        }
    }
}
