/// What can be wrong with a picture file's bytes; the caller names the file.
public enum ImageError: Error, Equatable, CustomStringConvertible {
    /// The file is larger than pictures may be.
    case tooLarge(bytes: Int, limit: Int)
    /// The bytes are neither SVG nor PNG.
    case unsupportedFormat
    /// librsvg could not read the SVG (its message, without the trailing newline).
    case badSVG(String)
    /// The SVG has no size: no width and height and no viewBox, or a zero one.
    case noIntrinsicSize
    /// Cairo could not decode the PNG.
    case badPNG(String)
    /// The PNG has more pixels than pictures may have.
    case tooManyPixels(width: Int, height: Int, limit: Int)
    /// librsvg, which reads SVG pictures, could not be opened.
    case libraryUnavailable(name: String, reason: String)

    public var description: String {
        switch self {
        case .tooLarge(let bytes, let limit): "is \(bytes) bytes; a logo may be at most \(limit) bytes"
        case .unsupportedFormat: "is neither an SVG nor a PNG file"
        case .badSVG(let message): "is not a readable SVG: \(message)"
        case .noIntrinsicSize: "is an SVG without a size: give its root width and height, or a viewBox"
        case .badPNG(let message): "is not a readable PNG: \(message)"
        case .tooManyPixels(let width, let height, let limit): "is \(width) x \(height) pixels; a logo may have at most \(limit) pixels"
        case .libraryUnavailable(let name, let reason): "is an SVG, and SVG pictures need librsvg (\(name)), which could not be opened: \(reason); install librsvg2-2"
        }
    }
}
