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
    /// A gLabels template file is not well-formed XML (or cannot be read); none of its templates load.
    case malformedTemplateFile(file: String, line: Int, reason: String)
    /// One gLabels template has a missing or bad attribute; the rest of its file loads.
    case invalidTemplate(file: String, line: Int, template: String, field: String, reason: String)
    /// A gLabels template is an `equiv` alias of a part its brand does not have.
    case unresolvedTemplateAlias(file: String, line: Int, template: String, equiv: String)
    /// A gLabels template value that is not a number with a known unit, read the way gLabels reads it (a warning, not a failure).
    case templateValueAssumed(file: String, line: Int, template: String, field: String, value: String, assumption: String)
    /// A gLabels template leadprint cannot print tags on (CD/DVD labels).
    case unsupportedTemplate(name: String, origin: String, reason: String)
    /// A folder of templates the user named does not exist or is not a folder.
    case missingTemplatesFolder(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalidPresets(let problems): problems.map(\.description).joined(separator: "\n")
        case .unreadablePresets(let file, let reason): "\(file): \(reason)"
        case .unknownPreset(let name, let kind, let known):
            "unknown \(kind) preset '\(name)' (known: \(known.joined(separator: ", ")))"
        case .doesNotFit(let message): message
        case .malformedTemplateFile(let file, let line, let reason): "\(file):\(line): not a readable gLabels template file: \(reason)"
        case .invalidTemplate(let file, let line, let template, let field, let reason): "\(file):\(line): template \(template), \(field): \(reason)"
        case .unresolvedTemplateAlias(let file, let line, let template, let equiv):
            "\(file):\(line): template \(template), equiv: no part '\(equiv)' of the same brand in any template file"
        case .templateValueAssumed(let file, let line, let template, let field, let value, let assumption):
            "\(file):\(line): template \(template), \(field): '\(value)' has \(assumption)"
        case .unsupportedTemplate(let name, let origin, let reason): "\(name) (\(origin)) is not supported: \(reason)"
        case .missingTemplatesFolder(let path, let reason): "--templates \(path): \(reason)"
        }
    }
}
