/// What can go wrong while drawing pages to a file.
public enum RenderError: Error, CustomStringConvertible, Equatable {
    /// Cairo reported a failure for a target file.
    case cairo(path: String, status: String)
    /// A font file named by the display list could not be loaded.
    case unreadableFont(path: String)
    /// The page stream produced no page.
    case emptyDocument(path: String)
    /// A picture in the display list could not be drawn.
    case image(reason: String)
    /// The output file could not be written or moved into place; `reason` is the system's (e.g. "No space left on device").
    case cannotWrite(path: String, reason: String)
    /// The pass that sets exact page boxes in a finished PDF failed.
    case pageBoxes(path: String, reason: String)
    /// A page is too large to render (a side over 200 in, or too many pixels for a PNG).
    case pageTooLarge(path: String, detail: String)

    public var description: String {
        switch self {
        case .cairo(let path, let status): "\(path): cairo failed: \(status)"
        case .unreadableFont(let path): "cannot load font file '\(path)'"
        case .emptyDocument(let path): "\(path): the document has no pages"
        case .image(let reason): "a picture on the page \(reason)"
        case .cannotWrite(let path, let reason): "\(path): cannot write: \(reason)"
        case .pageBoxes(let path, let reason): "\(path): cannot set page boxes: \(reason)"
        case .pageTooLarge(let path, let detail): "\(path): cannot render: \(detail)"
        }
    }
}
