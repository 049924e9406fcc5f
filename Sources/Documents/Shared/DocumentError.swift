/// What can go wrong while building a document.
public enum DocumentError: Error, CustomStringConvertible, Equatable {
    /// The shipped resources could not be found.
    case resourcesNotFound(String)
    /// An option value makes no sense for the document.
    case invalidOption(String)
    /// Content does not fit where it must go; the message names the content and the preset.
    case doesNotFit(String)

    public var description: String {
        switch self {
        case .resourcesNotFound(let message): "resources not found: \(message)"
        case .invalidOption(let message): message
        case .doesNotFit(let message): message
        }
    }
}
